package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.SetClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How writes to a recorded table keep its past, and how reads see it as of an instant. */
class RecordHistoryTest {
  private static final Instant T1 = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-07-02T00:00:00Z");
  private static final Instant T3 = Instant.parse("2026-07-03T00:00:00Z");
  private Connection c;
  private RecordHistory history;
  private final SetClock clock = new SetClock(T1);

  @BeforeEach
  void schema() throws SQLException {
    c = DriverManager.getConnection("jdbc:h2:mem:history" + System.nanoTime()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE item (item_id VARCHAR(8) PRIMARY KEY, body VARCHAR(64) NOT NULL, note VARCHAR(64),"
          + " recorded_at BIGINT DEFAULT 0 NOT NULL)");
      s.execute("CREATE TABLE item_version AS SELECT * FROM item WHERE 1 = 0");
      s.execute("ALTER TABLE item_version ADD COLUMN superseded_at BIGINT NOT NULL");
      s.execute("CREATE TABLE item_lock (item_id VARCHAR(8) PRIMARY KEY)");
    }
    history = RecordHistory.read(c);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private Sql writer() {
    return new Sql(c, new StatementCache(16), history, clock, null);
  }

  private List<String> at(Instant instant, String query, Object... args) throws SQLException {
    return new Sql(c, new StatementCache(16), history, clock, instant.toEpochMilli()).list(query, rs -> rs.getString(1), args);
  }

  @Test
  void onlyATableWithACompanionIsRecorded() {
    assertEquals(Set.of("item"), history.tables());
  }

  @Test
  void eachInstantSeesTheRowsAsTheyStoodThen() throws SQLException {
    writer().update("INSERT INTO item (item_id, body) VALUES (?, ?)", "A", "first");
    writer().update("INSERT INTO item (item_id, body) VALUES (?, ?)", "B", "kept");
    clock.set(T2);
    writer().update("UPDATE item SET body = ? WHERE item_id = ?", "second", "A");
    clock.set(T3);
    writer().update("DELETE FROM item WHERE item_id = ?", "B");
    writer().update("INSERT INTO item (item_id, body) VALUES (?, ?)", "C", "late");

    String bodies = "SELECT body FROM item ORDER BY item_id";
    assertEquals(List.of(), at(T1.minusMillis(1), bodies));
    assertEquals(List.of("first", "kept"), at(T1, bodies), "a row recorded at the instant counts");
    assertEquals(List.of("first", "kept"), at(T2.minusMillis(1), bodies));
    assertEquals(List.of("second", "kept"), at(T2, bodies));
    assertEquals(List.of("second", "late"), at(T3, bodies));
    // with an alias, in a join, in a subquery: each reference reads the past
    assertEquals(List.of("first"), at(T1, "SELECT i.body FROM item i WHERE i.item_id = ?", "A"));
    writer().update("INSERT INTO item_lock (item_id) VALUES (?)", "A");
    assertEquals(List.of("kept"), at(T2, "SELECT x.body FROM item x JOIN item_lock l ON l.item_id <> x.item_id"));
    assertEquals(List.of("A"), at(T2, "SELECT item_id FROM item_lock WHERE EXISTS (SELECT 1 FROM item WHERE body = ?)",
        "second"));
    // and reading as it is now sees only the current rows
    assertEquals(List.of("second", "late"), new Sql(c, new StatementCache(16), history, clock, null).list(bodies, rs -> rs.getString(1)));
  }

  @Test
  void aWriteIsStampedWithItsTransactionsInstantAndTheReplacedRowKept() throws SQLException {
    writer().update("INSERT INTO item (item_id, body) VALUES (?, ?)", "A", "first");
    clock.set(T2);
    assertEquals(1, writer().update("UPDATE item SET body = ?, note = ? WHERE item_id = ?", "second", "n", "A"),
        "the answer counts the rows the statement changed, not the copies");
    Sql now = new Sql(c, new StatementCache(16), history, clock, null);
    assertEquals(List.of(T2.toEpochMilli() + ""), now.list("SELECT recorded_at FROM item", rs -> rs.getString(1)));
    assertEquals(List.of("first " + T1.toEpochMilli() + " " + T2.toEpochMilli()), now.list(
        "SELECT body || ' ' || recorded_at || ' ' || superseded_at FROM item_version", rs -> rs.getString(1)));
    // an update that matches nothing keeps nothing
    assertEquals(0, writer().update("UPDATE item SET body = ? WHERE item_id = ?", "x", "Z"));
    assertEquals(1, now.list("SELECT 1 FROM item_version", rs -> 1).size());
  }

  @Test
  void aWriteInAFormThatWouldKeepNoHistoryIsRefused() throws SQLException {
    writer().update("INSERT INTO item (item_id, body) VALUES (?, ?)", "A", "first");
    for (String unsafe : List.of("UPDATE item SET body = 'x'", "DELETE FROM item", "INSERT INTO item VALUES ('B', 'b', null, 0)",
        "MERGE INTO item (item_id, body) KEY (item_id) VALUES ('A', 'm')",
        "INSERT INTO item (item_id, body) VALUES ('A', 'c') ON CONFLICT (item_id) DO UPDATE SET body = 'c'")) {
      assertThrows(IllegalStateException.class, () -> writer().update(unsafe), unsafe);
    }
    assertEquals(List.of("first"), at(T1, "SELECT body FROM item"));
    // tables without history are written as they are
    writer().update("INSERT INTO item_lock (item_id) VALUES (?)", "A");
    writer().update("DELETE FROM item_lock");
  }

  @Test
  void nothingIsWrittenOrLockedWhileReadingThePast() {
    Sql past = new Sql(c, new StatementCache(16), history, clock, T1.toEpochMilli());
    assertThrows(IllegalStateException.class, () -> past.update("INSERT INTO item_lock (item_id) VALUES (?)", "A"));
    assertThrows(IllegalStateException.class, () -> past.list("SELECT body FROM item FOR UPDATE", rs -> 1));
  }

  @Test
  void aViewOfThePastCarriesOnlyTheColumnsTheQueryNames() {
    String narrow = history.asOf("SELECT body FROM item WHERE item_id = ?", 5);
    assertTrue(!narrow.contains("note") && narrow.contains("body") && narrow.contains("item_id"), narrow);
    String star = history.asOf("SELECT * FROM item", 5);
    assertTrue(star.contains("note"), star);
  }
}
