package civil.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.api.CivilServer;
import civil.api.ServerConfig;
import civil.api.Services;
import civil.api.storage.Database;
import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoLoadTest {
  @Test
  void aFirstStartCutShortDuringTheDemoLoadIsRecognisedAndLoadedAgainInFull() throws Exception {
    String complete;
    try (TestServer fresh = TestServer.start(true)) {
      complete = Snapshot.of(fresh.server().database());
      assertEquals(Optional.of("LOADED"), DemoLoad.status(fresh.server().database()));
    }

    // (on PostgreSQL every test server shares one database: each step below starts from it as left)
    // a first start that dies halfway through the load: the marker says LOADING, some records exist
    Path dir = Files.createTempDirectory("civil-demo-crash");
    ServerConfig config = TestServer.configFor(dir, true, true);
    Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), 2);
    try {
      assertThrows(IllegalStateException.class, () -> DemoLoad.ensure(db, true, () -> {
        DemoClock clock = new DemoClock(CivilServer.ZONE, DemoData.PERIOD.firstDay());
        Services.create(db, clock).households().register(AreaCode.parse("410802001"), Optional.empty(),
            Household.of(AreaType.URBAN, false, false, List.of(HouseholdMember.of(
                ResidentId.parse("410802194601031234"), Money.zero(), Money.zero(), false, false))),
            LocalDate.of(2026, 1, 2));
        throw new IllegalStateException("the process died here");
      }));
      assertEquals(Optional.of("LOADING"), DemoLoad.status(db));
    } finally {
      db.close();
    }

    // the next start sees the load was cut short, removes what it left and loads again
    try (TestServer next = TestServer.open(dir, true)) {
      assertEquals(Optional.of("LOADED"), DemoLoad.status(next.server().database()));
      assertEquals(complete, Snapshot.of(next.server().database()));
    }
  }

  @Test
  void aDatabaseWhoseLoadWasCutShortIsEmptiedWhenDemoDataIsNoLongerWanted() throws Exception {
    String empty;
    try (TestServer blank = TestServer.start(false)) {
      empty = Snapshot.of(blank.server().database());
    }
    Path dir = Files.createTempDirectory("civil-demo-crash");
    ServerConfig config = TestServer.configFor(dir, false, true);
    Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), 2);
    try {
      assertThrows(IllegalStateException.class, () -> DemoLoad.ensure(db, true, () -> {
        throw new IllegalStateException("the process died here");
      }));
    } finally {
      db.close();
    }
    try (TestServer next = TestServer.open(dir, false)) {
      assertEquals(empty, Snapshot.of(next.server().database()));
      assertEquals(Optional.empty(), DemoLoad.status(next.server().database()));
    }
  }
}
