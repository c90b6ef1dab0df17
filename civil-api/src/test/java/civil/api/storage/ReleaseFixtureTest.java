package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import civil.api.Services;
import civil.api.json.Json;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import civil.core.period.PolicyYear;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.YearToDate;
import civil.report.Restatement;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database written by an earlier release, carried forward. The fixture is the demo district as
 * the release of schema version 8 wrote it (an H2 script, {@code fixtures/release-v8-demo.zip}),
 * with the half-year report that release answered for it. The current server migrates it and must
 * read every record back: the report may gain figures, but no figure it had may change.
 *
 * <p>How the fixture was made: the release at commit {@code b01a84a} started on an empty data
 * directory (demo data on), its {@code GET /api/v1/reports/half-year/2026-H1} saved as the JSON,
 * then H2's {@code org.h2.tools.Script -options compression zip} on its database, with the
 * server's own URL ({@code Database.h2Url}).
 */
class ReleaseFixtureTest {
  @Test
  void aDatabaseOfTheEarlierReleaseIsMigratedAndReadsBackAsItWas() throws Exception {
    assumeTrue(System.getenv("CIVIL_TEST_DB_URL") == null || System.getenv("CIVIL_TEST_DB_URL").isBlank(),
        "the fixture is an H2 database");
    Path dir = Files.createTempDirectory("civil-release-v8");
    Path script = dir.resolve("release-v8-demo.zip");
    try (InputStream in = ReleaseFixtureTest.class.getResourceAsStream("/fixtures/release-v8-demo.zip")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    try (Connection c = DriverManager.getConnection(Database.h2Url(dir.toString()), "", "");
        Statement s = c.createStatement()) {
      s.execute("RUNSCRIPT FROM '" + script + "' COMPRESSION ZIP");
    }
    JsonNode before;
    try (InputStream in = ReleaseFixtureTest.class.getResourceAsStream("/fixtures/release-v8-demo-2026-H1.json")) {
      before = Json.mapper().readTree(in);
    }
    try (TestServer server = TestServer.open(dir, false)) {
      Response report = server.get("/api/v1/reports/half-year/2026-H1");
      assertEquals(200, report.status(), report.toString());
      List<Restatement.Change> changes = Restatement.between(before, report.json());
      for (Restatement.Change c : changes) {
        assertTrue(c.published().isNull(), "a figure of the earlier release changed: " + c);
      }
      assertTrue(changes.stream().anyMatch(c -> c.path().startsWith("medicalAid.byCategory")), "new figures appear");
      // every kind of record reads back over its own route
      for (String path : List.of("/api/v1/households", "/api/v1/relief-rounds", "/api/v1/supplies/items",
          "/api/v1/charity/campaigns", "/api/v1/charity/units", "/api/v1/nursing-homes", "/api/v1/home-care/clients",
          "/api/v1/day-care/centres", "/api/v1/hospitals", "/api/v1/villages", "/api/v1/audit?from=2026-01-01&to=2026-12-31")) {
        Response r = server.get(path);
        assertEquals(200, r.status(), path + " → " + r);
      }
      JsonNode homes = server.get("/api/v1/nursing-homes").json().get("homes");
      assertEquals(5, homes.size());
      homes.forEach(h -> assertEquals("1900-01-01", h.get("openedOn").asText(), "a home of the earlier release is open before any record"));
      // each resident's year to date, now read from their latest event, is what their standing
      // settlements of the year add up to, reversals stored by the earlier release included
      Services services = server.server().services();
      List<SettlementRecord> all = services.settlements().settledOrReversedBetween(LocalDate.of(2020, 1, 1),
          LocalDate.of(2030, 12, 31));
      Map<Map.Entry<ResidentId, PolicyYear>, YearToDate> added = new HashMap<>();
      for (SettlementRecord r : all) {
        added.merge(Map.entry(r.bill().residentId(), r.policyYear()),
            r.isReversed() ? YearToDate.zero() : r.contribution(), YearToDate::plus);
      }
      assertTrue(all.stream().anyMatch(SettlementRecord::isReversed), "the fixture holds a reversal");
      added.forEach((who, total) -> assertEquals(total, services.settlements().yearToDate(who.getKey(), who.getValue()),
          who.toString()));
      // and new writes take ids after the old ones
      JsonNode settled = server.post("/api/v1/medical-aid/settlements", "{\"billId\": \"AFTER-MIGRATION\", \"residentId\":"
          + " \"410802198005010013\", \"hospitalLevel\": \"SECONDARY\", \"careType\": \"INPATIENT\", \"settledOn\":"
          + " \"2026-11-02\", \"totalFen\": 120000, \"inScopeFen\": 100000}").json();
      assertTrue(settled.get("settlementId").asText().compareTo("MA-00000042") > 0, settled.toString());
    }
  }
}
