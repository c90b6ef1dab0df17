package civil.api.http;

import static civil.api.http.MedicalAidApiTest.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error status of the spec, each answered with problem+json, each storing nothing. */
class ErrorsApiTest {
  private static TestServer server;
  private static String household;
  private static String item;
  private static String campaign;
  private static String round;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    household = server.post("/api/v1/households", """
        {"subdistrict": "410802001", "registeredOn": "2026-01-05", "household": {"areaType": "URBAN", "disqualifyingAssets": false, "singleParentOrOrphan": false,
         "members": [{"residentId": "410802194601031234", "monthlyIncomeFen": 0, "financialAssetsFen": 0, "severelyDisabled": false, "seriouslyIll": false}]}}
        """).json().get("householdId").asText();
    server.post("/api/v1/households/" + household + "/assessments", "{\"assessedOn\": \"2026-01-06\"}");
    item = server.post("/api/v1/supplies/items", "{\"name\": \"帐篷\", \"unit\": \"TENT\", \"category\": \"TENT\"}")
        .json().get("itemId").asText();
    server.post("/api/v1/supplies/items/" + item + "/receipts",
        "{\"date\": \"2026-03-01\", \"quantity\": 2, \"costFen\": 60000, \"source\": \"PURCHASE\"}");
    campaign = server.post("/api/v1/charity/campaigns", "{\"name\": \"爱心一日捐\", \"startsOn\": \"2026-05-01\"}")
        .json().get("campaignId").asText();
    server.post("/api/v1/charity/campaigns/" + campaign + "/donations",
        "{\"donorName\": \"张三\", \"amountFen\": 10000, \"date\": \"2026-05-02\"}");
    round = server.post("/api/v1/relief-rounds", """
        {"name": "春节生活救助", "subdistricts": ["410802001"], "rule": {"kind": "PER_HOUSEHOLD", "amountFen": 50000},
         "asOf": "2026-01-20"}
        """).json().get("roundId").asText();
    assertEquals(200, server.post("/api/v1/relief-rounds/" + round + "/approval", "{\"approvedBy\": \"科长\"}").status());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Sends a request expected to fail with {@code status} and {@code code}, and checks nothing was stored. */
  private static JsonNode refused(int status, String code, String method, String path, String body, String contentType) {
    String before = Snapshot.of(server.server().database());
    Response r = server.send(method, path, body, TestServer.ADMIN, contentType);
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.isProblem(), r.toString());
    JsonNode p = r.json();
    assertEquals(status, p.get("status").asInt());
    assertEquals(code, p.get("code").asText(), r.toString());
    assertTrue(p.get("type").asText().startsWith("urn:civil:problem:"));
    assertTrue(p.has("title") && p.has("detail") && p.get("errors").isArray());
    assertEquals(before, Snapshot.of(server.server().database()), "something was stored by " + method + " " + path);
    return p;
  }

  private static String bill(String resident, long total, long inScope) {
    return String.format("{\"billId\": \"E-1\", \"residentId\": \"%s\", \"hospitalLevel\": \"PRIMARY\","
        + " \"careType\": \"INPATIENT\", \"settledOn\": \"2026-03-01\", \"totalFen\": %d, \"inScopeFen\": %d}",
        resident, total, inScope);
  }

  @Test
  void badInputIs400NamingTheField() {
    String settle = "/api/v1/medical-aid/settlements";
    JsonNode badId = refused(400, "RESIDENT_ID_CHECK_CHARACTER", "POST", settle,
        bill("410802194601031235", 100, 50), "application/json");
    assertEquals("residentId", badId.get("errors").get(0).get("field").asText());
    JsonNode tooMuch = refused(400, "INVALID_BILL", "POST", settle, bill(resident(1), 100, 101), "application/json");
    assertEquals("inScopeFen", tooMuch.get("errors").get(0).get("field").asText());
    JsonNode negative = refused(400, "INVALID_BILL", "POST", settle, bill(resident(1), -5, 0), "application/json");
    assertEquals("totalFen", negative.get("errors").get(0).get("field").asText());
    JsonNode unknownEnum = refused(400, "INVALID_VALUE", "POST", settle,
        bill(resident(1), 100, 50).replace("PRIMARY", "LEVEL_9"), "application/json");
    assertEquals("hospitalLevel", unknownEnum.get("errors").get(0).get("field").asText());
    JsonNode missing = refused(400, "MISSING_FIELD", "POST", settle,
        bill(resident(1), 100, 50).replace("\"billId\": \"E-1\", ", ""), "application/json");
    assertEquals("billId", missing.get("errors").get(0).get("field").asText());
    JsonNode unknownField = refused(400, "UNKNOWN_FIELD", "POST", settle,
        bill(resident(1), 100, 50).replace("{", "{\"extra\": 1, "), "application/json");
    assertEquals("extra", unknownField.get("errors").get(0).get("field").asText());
    refused(400, "INVALID_VALUE", "POST", settle, bill(resident(1), 100, 50).replace("100,", "1.5,"), "application/json");
    refused(400, "MALFORMED_JSON", "POST", settle, "{\"billId\": ", "application/json");
    JsonNode range = refused(400, "DATE_RANGE", "PUT", "/api/v1/residents/" + resident(1) + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-05-01\", \"to\": \"2026-04-30\"}", "application/json");
    assertEquals("to", range.get("errors").get(0).get("field").asText());
    JsonNode sheet = refused(400, "INVALID_VALUE", "POST", "/api/v1/subsistence/assessments",
        "{\"areaType\": \"URBAN\", \"assessedOn\": \"2026-02-30\", \"disqualifyingAssets\": false,"
            + " \"singleParentOrOrphan\": false, \"members\": []}", "application/json");
    assertEquals("assessedOn", sheet.get("errors").get(0).get("field").asText());
  }

  @Test
  void everyFieldThatChangesAnAmountIsRequiredNeverDefaulted() {
    JsonNode flags = refused(400, "MISSING_FIELD", "POST", "/api/v1/subsistence/assessments",
        "{\"areaType\": \"URBAN\", \"assessedOn\": \"2026-03-01\", \"members\": [{\"residentId\": \""
            + resident(3) + "\", \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0}]}", "application/json");
    assertEquals(List.of("disqualifyingAssets", "singleParentOrOrphan", "members[0].severelyDisabled",
        "members[0].seriouslyIll"), fields(flags));
    JsonNode nullFlag = refused(400, "MISSING_FIELD", "POST", "/api/v1/subsistence/assessments",
        "{\"areaType\": \"URBAN\", \"assessedOn\": \"2026-03-01\", \"disqualifyingAssets\": null,"
            + " \"singleParentOrOrphan\": false, \"members\": []}", "application/json");
    assertEquals(List.of("disqualifyingAssets"), fields(nullFlag));
    JsonNode openRange = refused(400, "MISSING_FIELD", "PUT", "/api/v1/residents/" + resident(3) + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\"}", "application/json");
    assertEquals(List.of("to"), fields(openRange));
    JsonNode cap = refused(400, "MISSING_FIELD", "POST", "/api/v1/nursing-homes/awards",
        "{\"period\": \"2026-H1\", \"budgetFen\": 100, \"preview\": true}", "application/json");
    assertEquals(List.of("capPerHomeFen"), fields(cap));
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void anUnknownPathIdIs404() {
    refused(404, "NOT_FOUND", "POST", "/api/v1/medical-aid/settlements/MA-00000999/reversal", null, null);
    refused(404, "NOT_FOUND", "GET", "/api/v1/households/HH-999999", null, null);
    refused(404, "NO_SUCH_ROUTE", "GET", "/api/v1/nothing-here", null, null);
  }

  @Test
  void aConflictWithWhatIsStoredIs409() {
    refused(409, "ROUND_NOT_DRAFT", "POST", "/api/v1/relief-rounds/" + round + "/approval",
        "{\"approvedBy\": \"又一位科长\"}", "application/json");
    assertEquals(200, server.put("/api/v1/residents/" + resident(2) + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}").status());
    refused(409, "AID_CATEGORY_OVERLAP", "PUT", "/api/v1/residents/" + resident(2) + "/aid-category",
        "{\"category\": \"LOW_INCOME\", \"from\": \"2026-03-01\", \"to\": null}", "application/json");
  }

  @Test
  void aBodyOverOneMebibyteIs413() {
    String big = "{\"billId\": \"" + "x".repeat(1_100_000) + "\"}";
    refused(413, "CONTENT_TOO_LARGE", "POST", "/api/v1/medical-aid/settlements", big, "application/json");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    refused(415, "UNSUPPORTED_MEDIA_TYPE", "POST", "/api/v1/medical-aid/settlements", bill(resident(1), 100, 50),
        "text/plain");
    Response noType = server.send("POST", "/api/v1/medical-aid/settlements",
        bill(resident(1), 100, 50).getBytes(StandardCharsets.UTF_8), TestServer.ADMIN, null, null);
    assertEquals(415, noType.status(), noType.toString());
  }

  @Test
  void aRuleRefusingGivenWhatIsStoredIs422() {
    refused(422, "INSUFFICIENT_STOCK", "POST", "/api/v1/supplies/items/" + item + "/issues",
        "{\"date\": \"2026-03-02\", \"quantity\": 3, \"destination\": \"DISASTER_EVENT\", \"reference\": \"汛情\","
            + " \"approver\": \"王\"}", "application/json");
    // two tents in stock: a thousand million more would pass what a stock can be, and would leave
    // it unreadable (as a stock of more than that once did, for every later read of it)
    refused(422, "STOCK_LIMIT", "POST", "/api/v1/supplies/items/" + item + "/receipts",
        "{\"date\": \"2026-03-02\", \"quantity\": 1000000000, \"costFen\": 1, \"source\": \"PURCHASE\"}",
        "application/json");
    assertEquals(200, server.get("/api/v1/supplies/stock?date=2026-03-02").status());
    refused(422, "INSUFFICIENT_FUNDS", "POST", "/api/v1/charity/campaigns/" + campaign + "/disbursements",
        "{\"householdId\": \"" + household + "\", \"purpose\": \"MEDICAL\", \"amountFen\": 10001, \"date\": \"2026-05-03\"}",
        "application/json");
    for (int i = 0; i < 4; i++) { // 4 × 3 months × ¥720 × 1 member = ¥8,640, the whole yearly cap
      assertEquals(201, server.post("/api/v1/temporary-relief/grants", "{\"householdId\": \"" + household
          + "\", \"cause\": \"FIRE\", \"months\": 3, \"grantedOn\": \"2026-0" + (4 + i) + "-01\"}").status());
    }
    refused(422, "TEMPORARY_RELIEF_CAP_USED_UP", "POST", "/api/v1/temporary-relief/grants",
        "{\"householdId\": \"" + household + "\", \"cause\": \"FIRE\", \"months\": 1, \"grantedOn\": \"2026-09-01\"}",
        "application/json");
  }
}
