package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Village affairs over HTTP: openness, inspections, model villages, the election survey, and their refusals. */
class VillageApiTest {
  private static TestServer server;
  private static final String V1 = "410802001001";
  private static final String V2 = "410802001002";

  @BeforeAll
  static void start() {
    server = TestServer.start();
    ok(201, server.post("/api/v1/villages", "{\"villageCode\": \"" + V1 + "\", \"name\": \"王褚村\"}"));
    ok(201, server.post("/api/v1/villages", "{\"villageCode\": \"" + V2 + "\", \"name\": \"上白作村\"}"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode refused(int status, String code, String method, String path, String body) {
    String before = Snapshot.of(server.server().database());
    Response r = server.send(method, path, body, TestServer.ADMIN, "application/json");
    assertEquals(status, r.status(), r.toString());
    assertEquals(code, r.json().get("code").asText(), r.toString());
    assertEquals(before, Snapshot.of(server.server().database()));
    return r.json();
  }

  private static String person(String id, boolean registered, boolean lives) {
    return "{\"residentId\": \"" + id + "\", \"registeredHere\": " + registered + ", \"livesHere\": " + lives
        + ", \"yearsResident\": 3, \"deprivedOfPoliticalRights\": false, \"wantsToRegister\": true}";
  }

  @Test
  void theCatalogListsWhatAVillagePublishesAndByWhen() {
    JsonNode c = ok(200, server.get("/api/v1/village-affairs/openness-catalog"));
    assertEquals(8, c.get("items").size());
    assertEquals("FINANCE", c.get("items").get(0).get("code").asText());
    assertEquals(10, c.get("items").get(0).get("dueDayOfNextMonth").asInt());
    assertEquals(5, c.get("items").get(7).get("dueDays").asInt());
  }

  @Test
  void anInspectionCountsWhatWasPublishedOnTimeLateOrNotAtAll() {
    String base = "/api/v1/villages/" + V1;
    ok(201, server.post(base + "/publications", "{\"itemCode\": \"FINANCE\", \"period\": \"2026-04\", \"publishedOn\": \"2026-05-10\"}"));
    ok(201, server.post(base + "/publications", "{\"itemCode\": \"FINANCE\", \"period\": \"2026-05\", \"publishedOn\": \"2026-06-11\"}"));
    ok(201, server.post(base + "/events", "{\"itemCode\": \"LAND\", \"eventId\": \"TD-1\", \"eventOn\": \"2026-05-02\","
        + " \"title\": \"征地补偿方案\"}"));
    ok(201, server.post(base + "/publications", "{\"itemCode\": \"LAND\", \"eventId\": \"TD-1\", \"publishedOn\": \"2026-05-09\"}"));
    ok(201, server.post(base + "/events", "{\"itemCode\": \"PROJECTS\", \"eventId\": \"GC-1\", \"eventOn\": \"2026-05-20\","
        + " \"title\": \"道路硬化\"}"));
    JsonNode i = ok(201, server.post(base + "/inspections",
        "{\"inspectedOn\": \"2026-06-20\", \"from\": \"2026-04-01\", \"to\": \"2026-05-31\"}"));
    // due by 20 June: FINANCE April (10 May, on time) and May (10 June, a day late), LAND (9 May, on time),
    // PROJECTS (30 May, missing); FINANCE June and the quarter are not due yet
    assertEquals(4, i.get("due").asInt());
    assertEquals(2, i.get("onTime").asInt());
    assertEquals(1, i.get("late").asInt());
    assertEquals(1, i.get("missing").asInt());
    assertEquals("62.5", i.get("score").decimalValue().toPlainString());
    assertEquals("FAIL", i.get("grade").asText());
    assertEquals("LAND", i.get("findings").get(0).get("itemCode").asText()); // due 9 May, first
    assertEquals(1, ok(200, server.get(base + "/inspections")).get("inspections").size());
  }

  @Test
  void aVillageWithTwoHighInspectionsInTheYearIsAModelCandidate() {
    String base = "/api/v1/villages/" + V2;
    ok(201, server.post(base + "/inspections", "{\"inspectedOn\": \"2026-02-01\", \"from\": \"2026-01-01\", \"to\": \"2026-01-20\"}"));
    ok(201, server.post(base + "/inspections", "{\"inspectedOn\": \"2026-03-01\", \"from\": \"2026-02-01\", \"to\": \"2026-02-10\"}"));
    JsonNode m = ok(200, server.get("/api/v1/village-affairs/model-villages?year=2026"));
    assertEquals(V2, m.get("candidates").get(0).get("villageCode").asText());
    assertEquals("100.0", m.get("candidates").get(0).get("averageScore").decimalValue().toPlainString());
  }

  @Test
  void theElectionSurveyCountsVotersSeatsAndDuplicates() {
    String twice = ResidentId.ofFirst17("41080219700101001").value();
    String body = "{\"electionDay\": \"2026-12-20\", \"villages\": ["
        + "{\"villageCode\": \"" + V1 + "\", \"persons\": [" + person(twice, true, true) + ", "
        + person(ResidentId.ofFirst17("41080220081220002").value(), true, true) + ", "
        + person(ResidentId.ofFirst17("41080220081221002").value(), true, true) + "]},"
        + "{\"villageCode\": \"" + V2 + "\", \"persons\": [" + person(twice, true, false) + ", "
        + person(ResidentId.ofFirst17("41080219800101004").value(), false, true) + "]}]}";
    JsonNode s = ok(201, server.post("/api/v1/village-affairs/election-surveys", body));
    JsonNode first = s.get("villages").get(0);
    assertEquals(2, first.get("voters").get("resident").asInt()); // one turns 18 on election day
    assertEquals(1, first.get("under18").asInt());
    assertEquals(1, first.get("femaleVoters").asInt());
    assertEquals(3, first.get("seats").asInt());
    assertEquals(1, s.get("villages").get(1).get("voters").get("away").asInt());
    assertEquals(1, s.get("villages").get(1).get("voters").get("applicant").asInt());
    assertEquals(4, s.get("totals").get("voters").get("total").asInt());
    assertEquals(twice.substring(0, 6) + "********" + twice.substring(14), s.get("duplicates").get(0).get("residentId").asText());
    assertEquals(s, ok(200, server.get("/api/v1/village-affairs/election-surveys/" + s.get("surveyId").asText())));
    assertTrue(!s.toString().contains(twice));
  }

  @Test
  void badInputIsTypedAndStoresNothing() {
    String base = "/api/v1/villages/" + V2; // its inspections in this class cover January and February only
    refused(409, "VILLAGE_EXISTS", "POST", "/api/v1/villages", "{\"villageCode\": \"" + V1 + "\", \"name\": \"x\"}");
    refused(400, "INVALID_PERIOD", "POST", base + "/publications",
        "{\"itemCode\": \"FINANCE\", \"period\": \"2026-Q1\", \"publishedOn\": \"2026-04-01\"}");
    refused(400, "NOT_AN_EVENT_ITEM", "POST", base + "/events",
        "{\"itemCode\": \"FINANCE\", \"eventId\": \"X-1\", \"eventOn\": \"2026-04-01\", \"title\": \"x\"}");
    refused(404, "NOT_FOUND", "POST", base + "/publications",
        "{\"itemCode\": \"LAND\", \"eventId\": \"NO-SUCH\", \"publishedOn\": \"2026-04-01\"}");
    refused(400, "UNKNOWN_ITEM", "POST", base + "/events",
        "{\"itemCode\": \"WEATHER\", \"eventId\": \"X-1\", \"eventOn\": \"2026-04-01\", \"title\": \"x\"}");
    ok(201, server.post(base + "/events", "{\"itemCode\": \"DECISIONS\", \"eventId\": \"JY-9\", \"eventOn\": \"2026-04-01\","
        + " \"title\": \"x\"}"));
    refused(409, "EVENT_EXISTS", "POST", base + "/events",
        "{\"itemCode\": \"DECISIONS\", \"eventId\": \"JY-9\", \"eventOn\": \"2026-04-02\", \"title\": \"y\"}");
    refused(404, "NOT_FOUND", "POST", "/api/v1/villages/410802009009/inspections",
        "{\"inspectedOn\": \"2026-06-20\", \"from\": \"2026-04-01\", \"to\": \"2026-05-31\"}");
    JsonNode badId = refused(400, "RESIDENT_ID_CHECK_CHARACTER", "POST", "/api/v1/village-affairs/election-surveys",
        "{\"electionDay\": \"2026-12-20\", \"villages\": [{\"villageCode\": \"" + V1 + "\", \"persons\": ["
            + person(ResidentId.ofFirst17("41080219700101001").value(), true, true) + ", "
            + person("410802197001010010", true, true) + "]}]}");
    assertEquals("villages[0].persons[1].residentId", badId.get("errors").get(0).get("field").asText());
    String p = person(ResidentId.ofFirst17("41080219700101001").value(), true, true);
    refused(400, "DUPLICATE_PERSON", "POST", "/api/v1/village-affairs/election-surveys",
        "{\"electionDay\": \"2026-12-20\", \"villages\": [{\"villageCode\": \"" + V1 + "\", \"persons\": [" + p + ", " + p + "]}]}");
  }
}
