package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.SetClock;
import civil.api.testing.Casework;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * H1 is published in July; in August a settlement of H1 is reversed, a home opened in March is
 * registered late, and a paid H1 round is corrected. The report as of the publication's instant is
 * the publication, figure for figure; the report now is restated exactly where the rules say.
 */
class AsOfReportApiTest {
  private static final String H1 = "/api/v1/reports/half-year/2026-H1";
  private static final SetClock CLOCK = new SetClock(Instant.parse("2026-06-30T02:00:00Z"));
  private static TestServer server;
  private static JsonNode publication;
  private static String settlement;
  private static String round;
  private static String household;

  @BeforeAll
  static void story() {
    server = TestServer.start(CLOCK);
    // 30 June: two settlements of H1, a home with its occupancy, a round paid in January
    for (int n = 1; n <= 2; n++) {
      ok(200, server.put("/api/v1/residents/" + Casework.resident(n) + "/aid-category",
          "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}"));
    }
    settlement = ok(201, Casework.settle(server, "ASOF-1", Casework.resident(1), "2026-03-02")).get("settlementId").asText();
    ok(201, Casework.settle(server, "ASOF-2", Casework.resident(2), "2026-04-02"));
    String home = ok(201, server.post("/api/v1/nursing-homes", "{\"name\": \"福利院\", \"subdistrict\": \"410802001\","
        + " \"totalBeds\": 100, \"openedOn\": \"2020-01-01\"}")).get("homeId").asText();
    for (String m : new String[] {"01", "02", "03", "04", "05", "06"}) {
      ok(200, server.put("/api/v1/nursing-homes/" + home + "/occupancy/2026-" + m, "{\"occupiedBeds\": 50}"));
    }
    household = ok(201, server.post("/api/v1/households", "{\"subdistrict\": \"410802021\", \"registeredOn\":"
        + " \"2026-01-02\", \"household\": {\"areaType\": \"URBAN\", \"disqualifyingAssets\": false,"
        + " \"singleParentOrOrphan\": false, \"members\": [{\"residentId\": \"" + Casework.resident(9) + "\","
        + " \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0, \"severelyDisabled\": false, \"seriouslyIll\": false}]}}"))
        .get("householdId").asText();
    ok(201, server.post("/api/v1/households/" + household + "/assessments", "{\"assessedOn\": \"2026-01-05\"}"));
    round = ok(201, server.post("/api/v1/relief-rounds", "{\"name\": \"一次性生活救助\", \"subdistricts\":"
        + " [\"410802021\"], \"rule\": {\"kind\": \"PER_HOUSEHOLD\", \"amountFen\": 50000}, \"asOf\": \"2026-01-10\","
        + " \"draftedOn\": \"2026-01-10\"}")).get("roundId").asText();
    ok(200, server.post("/api/v1/relief-rounds/" + round + "/approval", "{\"approvedBy\": \"科长\", \"approvedOn\": \"2026-01-11\"}"));
    ok(200, server.post("/api/v1/relief-rounds/" + round + "/payment", "{\"paidOn\": \"2026-01-15\"}"));

    // 5 July, 09:30 in Beijing: the bureau publishes H1
    CLOCK.set(Instant.parse("2026-07-05T01:30:00Z"));
    publication = ok(201, server.post(H1 + "/publications", null));

    // August: the changes that land in H1 after it was published
    CLOCK.set(Instant.parse("2026-08-01T02:00:00Z"));
    ok(200, server.post("/api/v1/medical-aid/settlements/" + settlement + "/reversal", null));
    CLOCK.set(Instant.parse("2026-08-02T02:00:00Z"));
    String late = ok(201, server.post("/api/v1/nursing-homes", "{\"name\": \"敬老院\", \"subdistrict\": \"410802002\","
        + " \"totalBeds\": 40, \"openedOn\": \"2026-03-01\"}")).get("homeId").asText();
    for (String m : new String[] {"03", "04", "05", "06"}) {
      ok(200, server.put("/api/v1/nursing-homes/" + late + "/occupancy/2026-" + m, "{\"occupiedBeds\": 20}"));
    }
    CLOCK.set(Instant.parse("2026-08-03T02:00:00Z"));
    ok(201, server.post("/api/v1/relief-rounds/" + round + "/corrections",
        "{\"householdId\": \"" + household + "\", \"amountFen\": -20000, \"reason\": \"多发，收回\"}"));
    CLOCK.set(Instant.parse("2026-09-01T02:00:00Z"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode asOf(String query) {
    return ok(200, server.get(H1 + "?asOf=" + query));
  }

  @Test
  void theReportAsOfThePublicationsInstantIsThePublication() {
    assertEquals("2026-07-05T01:30:00Z", publication.get("publishedAt").asText());
    JsonNode report = publication.get("report");
    // the literal "+08:00" of a hand-written URL arrives as a space; the escaped form, and UTC, read the same
    assertEquals(report, asOf("2026-07-05T09:30:00+08:00"));
    assertEquals(report, asOf("2026-07-05T09:30:00%2B08:00"));
    assertEquals(report, asOf("2026-07-05T01:30:00Z"));
    assertEquals("2026-07-05T01:30:00Z", asOf("2026-07-05T01:30:00Z").get("asOf").asText());
  }

  @Test
  void eachChangeCountsFromTheInstantItWasRecorded() {
    JsonNode published = publication.get("report");
    assertEquals(2, published.get("medicalAid").get("settlements").asInt());
    assertEquals(1, published.get("institutionalCare").get("homes").asInt());
    assertEquals(50_000, published.get("socialRelief").get("roundsPaid").get("amountFen").asLong());

    JsonNode afterReversal = asOf("2026-08-01T12:00:00Z");
    assertEquals(1, afterReversal.get("medicalAid").get("settlements").asInt());
    assertEquals(published.get("institutionalCare"), afterReversal.get("institutionalCare"));
    assertEquals(published.get("socialRelief"), afterReversal.get("socialRelief"));

    JsonNode afterHome = asOf("2026-08-02T12:00:00Z");
    assertEquals(2, afterHome.get("institutionalCare").get("homes").asInt());
    assertEquals(140, afterHome.get("institutionalCare").get("beds").asInt());
    assertEquals(published.get("socialRelief"), afterHome.get("socialRelief"));

    JsonNode now = ok(200, server.get(H1));
    assertEquals(30_000, now.get("socialRelief").get("roundsPaid").get("amountFen").asLong());
    // the report as of now is the report: only its instant is written differently
    ObjectNode asOfNow = (ObjectNode) asOf("2026-09-01T10:00:00%2B08:00");
    asOfNow.set("asOf", now.get("asOf"));
    assertEquals(now, asOfNow);

    // before anything was recorded, H1 had nothing in it
    JsonNode before = asOf("2026-06-01T00:00:00Z");
    assertEquals(0, before.get("medicalAid").get("settlements").asInt());
    assertEquals(0, before.get("institutionalCare").get("homes").asInt());
    assertEquals(0, before.get("socialRelief").get("roundsPaid").get("count").asInt());
  }

  @Test
  void theRestatementListsEveryChangedFigureWithBothValues() {
    String id = publication.get("publicationId").asText();
    JsonNode restated = ok(200, server.get(H1 + "/publications/" + id + "/restatement"));
    Map<String, JsonNode[]> changes = new HashMap<>();
    restated.forEach(c -> changes.put(c.get("path").asText(), new JsonNode[] {c.get("published"), c.get("now")}));
    assertEquals(2, changes.get("medicalAid.settlements")[0].asInt(), restated.toString());
    assertEquals(1, changes.get("medicalAid.settlements")[1].asInt());
    assertEquals(1, changes.get("institutionalCare.homes")[0].asInt());
    assertEquals(2, changes.get("institutionalCare.homes")[1].asInt());
    assertEquals(100, changes.get("institutionalCare.beds")[0].asInt());
    assertEquals(140, changes.get("institutionalCare.beds")[1].asInt());
    assertEquals(50_000, changes.get("socialRelief.roundsPaid.amountFen")[0].asLong());
    assertEquals(30_000, changes.get("socialRelief.roundsPaid.amountFen")[1].asLong());
    for (JsonNode c : restated) {
      String path = c.get("path").asText();
      assertTrue(path.startsWith("medicalAid.") || path.startsWith("institutionalCare.")
          || path.startsWith("socialRelief.roundsPaid."), "nothing else changed: " + c);
      assertNotEquals(c.get("published"), c.get("now"), c.toString());
    }
  }

  @Test
  void theAsOfDocumentsSayWhenTheirDataStood() {
    for (String accept : new String[] {"text/markdown", "text/html"}) {
      Response r = server.send("GET", H1 + "?asOf=2026-07-05T09:30:00%2B08:00", (byte[]) null, TestServer.ADMIN, null,
          accept);
      assertEquals(200, r.status(), r.toString());
      assertTrue(r.body().contains("数据截至2026-07-05 09:30"), r.body());
    }
  }

  @Test
  void anInstantThatCannotBeReadOrLiesAheadIsRefused() {
    Response bad = server.get(H1 + "?asOf=yesterday");
    assertEquals(400, bad.status(), bad.toString());
    assertEquals("INVALID_INSTANT", bad.json().get("code").asText());
    Response local = server.get(H1 + "?asOf=2026-07-05T09:30:00");
    assertEquals(400, local.status(), "an instant without its offset is ambiguous: " + local);
    for (String far : new String[] {"-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "%2B999999999-12-31T23:59:59Z"}) {
      Response r = server.get(H1 + "?asOf=" + far);
      assertEquals(400, r.status(), far + ": " + r);
    }
    Response ahead = server.get(H1 + "?asOf=2026-09-02T00:00:00Z");
    assertEquals(400, ahead.status(), ahead.toString());
    assertEquals("INSTANT_IN_FUTURE", ahead.json().get("code").asText());
  }
}
