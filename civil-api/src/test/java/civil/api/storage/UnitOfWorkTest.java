package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a unit of work commits when a part of it fails: a {@link Database#transaction} is undone
 * alone (to its savepoint) and the unit may go on; a {@link Database#transactionFailingUnit}, which
 * takes no savepoint, fails its whole unit, even when the unit catches the failure and goes on.
 * Runs on PostgreSQL when {@code CIVIL_TEST_DB_URL} is set (units of their own), else on H2 (units
 * sharing the group's commit).
 */
class UnitOfWorkTest {
  private static Database db;

  @BeforeAll
  static void open() {
    db = TestDatabases.open("units");
  }


  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.transaction(sql -> sql.update("DELETE FROM resident_lock"));
  }

  private static void store(String key) {
    db.transaction(sql -> sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", key));
  }

  private static List<String> stored() {
    return db.read(sql -> sql.list("SELECT resident_id FROM resident_lock ORDER BY resident_id", rs -> rs.getString(1)));
  }

  @Test
  void aFailedTransactionInsideAUnitIsUndoneAloneAndTheUnitGoesOn() throws Exception {
    db.unit(() -> {
      store("A");
      try {
        db.transaction(sql -> {
          sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", "B");
          throw new IllegalArgumentException("refused after a write");
        });
      } catch (IllegalArgumentException expected) {
        // the unit goes on without B
      }
      store("C");
      return null;
    });
    assertEquals(List.of("A", "C"), stored());
  }

  @Test
  void aPartWithoutASavepointThatFailsFailsItsUnitWithItsOwnFailure() {
    IllegalArgumentException refused = new IllegalArgumentException("refused after a write");
    Exception failed = assertThrows(Exception.class, () -> db.unit(() -> {
      store("A");
      return db.transactionFailingUnit(sql -> {
        sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", "B");
        throw refused;
      });
    }));
    assertSame(refused, failed);
    assertEquals(List.of(), stored());
  }

  @Test
  void aUnitThatCatchesTheFailureOfAPartWithoutASavepointAndGoesOnIsRolledBackWhole() {
    IllegalArgumentException refused = new IllegalArgumentException("refused after a write");
    Exception failed = assertThrows(Exception.class, () -> db.unit(() -> {
      store("A");
      try {
        db.transactionFailingUnit(sql -> {
          sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", "B");
          throw refused;
        });
      } catch (IllegalArgumentException caught) {
        // a unit may not go on from here: B cannot be undone alone
      }
      store("C");
      return "answered as if all went well";
    }));
    assertInstanceOf(IllegalStateException.class, failed);
    assertSame(refused, failed.getCause());
    assertEquals(List.of(), stored(), "nothing of the unit is committed, neither before nor after the failed part");
  }

  @Test
  void aUnitOfItsOwnThatGoesOnAfterAFailedPartWithoutASavepointIsRolledBackWhole() {
    Exception failed = assertThrows(Exception.class, () -> db.unitOfItsOwn(() -> {
      store("A");
      try {
        db.transactionFailingUnit(sql -> {
          sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", "B");
          throw new IllegalArgumentException("refused after a write");
        });
      } catch (IllegalArgumentException caught) {
        // goes on regardless
      }
      return null;
    }));
    assertInstanceOf(IllegalStateException.class, failed);
    assertEquals(List.of(), stored());
  }

  @Test
  void theNextUnitOnTheSameThreadIsNotHeldToAnEarlierUnitsFailedPart() throws Exception {
    assertThrows(Exception.class, () -> db.unit(() -> db.transactionFailingUnit(sql -> {
      throw new IllegalArgumentException("refused");
    })));
    db.unit(() -> {
      store("D");
      return null;
    });
    assertEquals(List.of("D"), stored());
  }

  @Test
  void outsideAUnitAPartWithoutASavepointIsATransactionOfItsOwn() {
    db.transactionFailingUnit(sql -> sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", "E"));
    assertThrows(IllegalArgumentException.class, () -> db.transactionFailingUnit(sql -> {
      sql.update("INSERT INTO resident_lock (resident_id) VALUES (?)", "F");
      throw new IllegalArgumentException("refused after a write");
    }));
    assertEquals(List.of("E"), stored());
  }
}
