package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The integrity defects a hostile test of a running server found, each as a test: a refused
 * request stores nothing, stored values never make a read fail, and the edges of every field hold.
 */
class IntegrityApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String resident(int n) {
    return ResidentId.ofFirst17(String.format("41080219700202%03d", n)).value();
  }

  private static String member(String residentId) {
    return "{\"residentId\": \"" + residentId + "\", \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0,"
        + " \"severelyDisabled\": false, \"seriouslyIll\": false}";
  }

  private static String household(String... residents) {
    List<String> members = new ArrayList<>();
    for (String r : residents) {
      members.add(member(r));
    }
    return "{\"subdistrict\": \"410802001\", \"registeredOn\": \"2026-01-02\", \"household\": {\"areaType\": \"URBAN\","
        + " \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [" + String.join(", ", members)
        + "]}}";
  }

  /** Sends a request that must be refused with {@code status} and {@code code}, and checks that nothing was stored. */
  private static JsonNode refused(int status, String code, String method, String path, String body, String type) {
    String before = Snapshot.of(server.server().database());
    Response r = server.send(method, path, body, TestServer.ADMIN, type);
    assertEquals(status, r.status(), r.toString());
    assertEquals(code, r.json().get("code").asText(), r.toString());
    assertEquals(before, Snapshot.of(server.server().database()), "a refused request changed what is stored");
    return r.json();
  }

  private static JsonNode refused(int status, String code, String method, String path, String body) {
    return refused(status, code, method, path, body, "application/json");
  }

  @Test
  void aKeyGivenTwiceIsRefusedWhicheverComesFirst() {
    String assess = "{\"areaType\": \"URBAN\", \"assessedOn\": \"2026-03-01\", \"disqualifyingAssets\": %s,"
        + " \"singleParentOrOrphan\": false, \"members\": [" + member(resident(1)) + "], \"disqualifyingAssets\": %s}";
    for (String[] order : new String[][] {{"true", "false"}, {"false", "true"}}) {
      JsonNode p = refused(400, "DUPLICATE_FIELD", "POST", "/api/v1/subsistence/assessments",
          String.format(assess, order[0], order[1]));
      assertEquals("disqualifyingAssets", p.get("errors").get(0).get("field").asText());
    }
    JsonNode nested = refused(400, "DUPLICATE_FIELD", "POST", "/api/v1/subsistence/assessments",
        "{\"areaType\": \"URBAN\", \"assessedOn\": \"2026-03-01\", \"disqualifyingAssets\": false,"
            + " \"singleParentOrOrphan\": false, \"members\": [" + member(resident(1)).replace("\"seriouslyIll\": false",
            "\"seriouslyIll\": false, \"seriouslyIll\": true") + "]}");
    assertEquals("members[0].seriouslyIll", nested.get("errors").get(0).get("field").asText());
  }

  @Test
  void aBodyIsJsonOnlyWhenItSaysApplicationJson() {
    String item = "{\"name\": \"帐篷\", \"unit\": \"TENT\", \"category\": \"TENT\"}";
    refused(415, "UNSUPPORTED_MEDIA_TYPE", "POST", "/api/v1/supplies/items", item, "application/jsonp");
    refused(415, "UNSUPPORTED_MEDIA_TYPE", "POST", "/api/v1/supplies/items", item, "application/json; charset=latin1");
    refused(415, "UNSUPPORTED_MEDIA_TYPE", "POST", "/api/v1/supplies/items", item, "text/plain");
    assertEquals(201, server.send("POST", "/api/v1/supplies/items", item, TestServer.ADMIN,
        "application/json; charset=UTF-8").status());
  }

  @Test
  void errorsNameFieldsInTheRequestsTermsNeverAJavaType() {
    for (String[] request : new String[][] {
        {"/api/v1/tokens", "{\"role\": 5, \"label\": \"x\"}"},
        {"/api/v1/tokens", "{\"role\": \"HOSPITAL\", \"label\": {\"a\": 1}}"},
        {"/api/v1/tokens", "[1, 2]"},
        {"/api/v1/subsistence/assessments", "{\"areaType\": \"URBAN\", \"assessedOn\": \"2026-03-01\","
            + " \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [7]}"}}) {
      Response r = server.post(request[0], request[1]);
      assertEquals(400, r.status(), r.toString());
      assertFalse(r.body().matches("(?s).*(civil\\.|java\\.|\\$[A-Z]|Exception).*"), r.body());
    }
  }

  @Test
  void namesAreTrimmedBoundedAndFreeOfControlAndBidiCharacters() {
    String item = "{\"name\": \"%s\", \"unit\": \"TENT\", \"category\": \"TENT\"}";
    for (String bad : List.of("x".repeat(200_000), "帐\\u0000篷", "帐篷\\u202Egnp.exe", "   ", "a\\u2066b")) {
      JsonNode p = refused(400, "INVALID_TEXT", "POST", "/api/v1/supplies/items", String.format(item, bad));
      assertEquals("name", p.get("errors").get(0).get("field").asText());
    }
    JsonNode trimmed = ok(201, server.post("/api/v1/supplies/items", String.format(item, "  帐篷（单）  ")));
    assertEquals("帐篷（单）", trimmed.get("name").asText());
    assertEquals(201, server.post("/api/v1/supplies/items", String.format(item, "字".repeat(200))).status());
    refused(400, "INVALID_TEXT", "POST", "/api/v1/supplies/items", String.format(item, "字".repeat(201)));
  }

  @Test
  void datesOfEventsLieBetween1900AndToday() {
    String item = ok(201, server.post("/api/v1/supplies/items",
        "{\"name\": \"棉被\", \"unit\": \"BED\", \"category\": \"QUILT\"}")).get("itemId").asText();
    String receipt = "{\"date\": \"%s\", \"quantity\": 2, \"costFen\": 60000, \"source\": \"PURCHASE\"}";
    JsonNode far = refused(400, "DATE_OUT_OF_RANGE", "POST", "/api/v1/supplies/items/" + item + "/receipts",
        String.format(receipt, "9999-12-31"));
    assertEquals("date", far.get("errors").get(0).get("field").asText());
    refused(400, "DATE_OUT_OF_RANGE", "POST", "/api/v1/supplies/items/" + item + "/receipts",
        String.format(receipt, "0000-01-01"));
    // the refused far-future movement blocks nothing: a real one is accepted
    ok(201, server.post("/api/v1/supplies/items/" + item + "/receipts", String.format(receipt, "2026-03-01")));
    refused(400, "DATE_OUT_OF_RANGE", "POST", "/api/v1/medical-aid/settlements",
        "{\"billId\": \"FUTURE-1\", \"residentId\": \"" + resident(2) + "\", \"hospitalLevel\": \"PRIMARY\","
            + " \"careType\": \"INPATIENT\", \"settledOn\": \"2030-01-01\", \"totalFen\": 100, \"inScopeFen\": 100}");
    // a day ahead where the domain needs one: a campaign's planned end
    ok(201, server.post("/api/v1/charity/campaigns",
        "{\"name\": \"2027年爱心一日捐\", \"startsOn\": \"2026-11-01\", \"endsOn\": \"2027-05-31\"}"));
  }

  @Test
  void aResidentIdBornAfterTodayIsInvalid() {
    String unborn = ResidentId.ofFirst17("41080220300101001").value();
    JsonNode p = refused(400, "RESIDENT_ID_BIRTH_DATE", "POST", "/api/v1/households", household(unborn));
    assertEquals("household.members[0].residentId", p.get("errors").get(0).get("field").asText());
    refused(400, "RESIDENT_ID_BIRTH_DATE", "PUT", "/api/v1/residents/" + unborn + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}");
    refused(400, "RESIDENT_ID_BIRTH_DATE", "POST", "/api/v1/hardship/recipients",
        "{\"residentId\": \"" + unborn + "\", \"subdistrict\": \"410802001\", \"areaType\": \"URBAN\","
            + " \"selfCareAbility\": \"FULL\", \"supportedFrom\": \"2026-01-01\"}");
  }

  @Test
  void aHardshipEnrolmentRefusedForWantOfAPolicyIsNotStored() {
    String who = resident(10);
    String enrol = "{\"residentId\": \"" + who + "\", \"subdistrict\": \"410802001\", \"areaType\": \"URBAN\","
        + " \"selfCareAbility\": \"FULL\", \"supportedFrom\": \"%s\"}";
    refused(422, "NO_POLICY_IN_FORCE", "POST", "/api/v1/hardship/recipients", String.format(enrol, "2025-06-01"));
    // the resend is judged afresh, not as "already supported"
    ok(201, server.post("/api/v1/hardship/recipients", String.format(enrol, "2026-02-01")));
    JsonNode ended = ok(200, server.post("/api/v1/hardship/recipients/" + who + "/end", "{\"supportedUntil\": \"2026-06-30\"}"));
    assertEquals("2026-06-30", ended.get("supportedUntil").asText());
    assertEquals(200, server.get("/api/v1/hardship/recipients").status());
  }

  @Test
  void aRoundCorrectionNamesAHouseholdOnTheRosterAndTakesBackAtMostWhatWasPaid() {
    String poor = ok(201, server.post("/api/v1/households", household(resident(20)).replace("410802001", "410802021")))
        .get("householdId").asText();
    ok(201, server.post("/api/v1/households/" + poor + "/assessments", "{\"assessedOn\": \"2026-01-05\"}"));
    String other = ok(201, server.post("/api/v1/households", household(resident(21)).replace("410802001", "410802022")))
        .get("householdId").asText();
    String round = ok(201, server.post("/api/v1/relief-rounds", "{\"name\": \"一次性生活救助\", \"subdistricts\":"
        + " [\"410802021\"], \"rule\": {\"kind\": \"PER_HOUSEHOLD\", \"amountFen\": 50000}, \"asOf\": \"2026-01-10\","
        + " \"draftedOn\": \"2026-01-10\"}")).get("roundId").asText();
    ok(200, server.post("/api/v1/relief-rounds/" + round + "/approval", "{\"approvedBy\": \"科长\", \"approvedOn\": \"2026-01-11\"}"));
    ok(200, server.post("/api/v1/relief-rounds/" + round + "/payment", "{\"paidOn\": \"2026-01-15\"}"));
    String correction = "{\"householdId\": \"%s\", \"amountFen\": %d, \"reason\": \"更正\"}";
    refused(422, "NOT_ON_ROSTER", "POST", "/api/v1/relief-rounds/" + round + "/corrections",
        String.format(correction, other, 100));
    refused(422, "CORRECTION_BELOW_ZERO", "POST", "/api/v1/relief-rounds/" + round + "/corrections",
        String.format(correction, poor, -50_000_000L));
    JsonNode r = ok(201, server.post("/api/v1/relief-rounds/" + round + "/corrections", String.format(correction, poor, -50_000L)));
    assertEquals(0, r.get("totalFen").asLong());
    assertEquals(200, server.get("/api/v1/relief-rounds").status());
    assertEquals(200, server.get("/api/v1/reports/half-year/2026-H1").status());
  }

  @Test
  void aResidentBelongsToOneHouseholdAtATimeAndMovesByTransfer() {
    String a = resident(30);
    String b = resident(31);
    String first = ok(201, server.post("/api/v1/households", household(a, b))).get("householdId").asText();
    JsonNode twice = refused(409, "IN_ANOTHER_HOUSEHOLD", "POST", "/api/v1/households", household(b));
    assertTrue(twice.get("detail").asText().contains(first), twice.toString());
    String second = ok(201, server.post("/api/v1/households", household(resident(32)))).get("householdId").asText();
    refused(409, "IN_ANOTHER_HOUSEHOLD", "PUT", "/api/v1/households/" + second, "{\"areaType\": \"URBAN\","
        + " \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [" + member(resident(32)) + ", "
        + member(a) + "]}");
    JsonNode moved = ok(200, server.post("/api/v1/residents/" + b + "/household-transfer",
        "{\"toHouseholdId\": \"" + second + "\"}"));
    assertEquals(1, moved.get("from").get("members").size());
    assertEquals(2, moved.get("to").get("members").size());
    refused(409, "LAST_MEMBER", "POST", "/api/v1/residents/" + a + "/household-transfer",
        "{\"toHouseholdId\": \"" + second + "\"}");
    refused(409, "SAME_HOUSEHOLD", "POST", "/api/v1/residents/" + b + "/household-transfer",
        "{\"toHouseholdId\": \"" + second + "\"}");
    // a household lists at most 30 members: one more cannot move in
    String[] thirty = new String[30];
    for (int i = 0; i < 30; i++) {
      thirty[i] = resident(100 + i);
    }
    String full = ok(201, server.post("/api/v1/households", household(thirty))).get("householdId").asText();
    refused(409, "HOUSEHOLD_FULL", "POST", "/api/v1/residents/" + b + "/household-transfer",
        "{\"toHouseholdId\": \"" + full + "\"}");
  }

  @Test
  void theAuditLogIsNotFloodedByStrangersAndReadsAPageAtATime() {
    long before = entries("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000").size();
    for (int i = 0; i < 50; i++) {
      assertEquals(401, server.send("POST", "/api/v1/supplies/items", "{}", "not-a-token", "application/json").status());
      assertEquals(401, server.send("POST", "/api/v1/supplies/items", "{}", null, "application/json").status());
    }
    assertEquals(before, entries("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000").size());
    assertTrue(server.server().audit().unauthenticatedAttempts() >= 100);

    // a refusal by an authenticated caller is audited with its token id, a 403 too
    String auditor = ok(201, server.post("/api/v1/tokens", "{\"role\": \"AUDITOR\", \"label\": \"检查组\"}")).get("token").asText();
    assertEquals(403, server.send("POST", "/api/v1/supplies/items", "{}", auditor, "application/json").status());
    List<JsonNode> all = entries("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000");
    JsonNode forbidden = all.get(all.size() - 1);
    assertEquals(403, forbidden.get("status").asInt());
    assertTrue(forbidden.get("tokenId").asText().startsWith("TK-"), forbidden.toString());

    // pages of two, each continuing after the last
    JsonNode page = ok(200, server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=2"));
    assertEquals(2, page.get("entries").size());
    long next = page.get("next").asLong();
    JsonNode second = ok(200, server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=2&after=" + next));
    assertTrue(second.get("entries").get(0).get("seq").asLong() > next);
    JsonNode last = ok(200, server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000&after=0"));
    assertTrue(last.get("next").isNull());
    assertEquals(400, server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1001").status());

    // a resident ID spelt with percent escapes is masked like a plain one
    String id = resident(40);
    StringBuilder encoded = new StringBuilder();
    for (byte c : id.getBytes(StandardCharsets.US_ASCII)) {
      encoded.append('%').append(String.format("%02X", c));
    }
    server.put("/api/v1/residents/" + encoded + "/aid-category", "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}");
    String log = server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000").body();
    assertFalse(log.contains(id), "an unmasked resident ID in the audit log");
    assertFalse(log.contains(encoded.toString()), "a percent-encoded resident ID in the audit log");
  }

  private static List<JsonNode> entries(String query) {
    List<JsonNode> list = new ArrayList<>();
    server.get(query).json().get("entries").forEach(list::add);
    assertNotNull(list);
    return list;
  }

  @Test
  void aWriteWhoseAuditEntryCannotBeStoredLeavesNothingCommittedAndARefusalKeepsItsAnswer() throws Exception {
    long lostBefore = server.server().routes().auditFailures();
    rename("audit_entry", "audit_entry_away");
    try {
      String before = Snapshot.of(server.server().database());
      // sent around the contract check, which rightly counts any 500 as a break
      var failed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(server.base() + "/api/v1/households"))
          .header("Authorization", "Bearer " + TestServer.ADMIN).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(household(resident(40)))).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(500, failed.statusCode(), failed.body());
      assertEquals(before, Snapshot.of(server.server().database()), "a write whose audit entry failed was stored");
      // a refusal keeps its own answer, not a 500 about the audit log
      refused(400, "MISSING_FIELD", "POST", "/api/v1/households", "{}");
    } finally {
      rename("audit_entry_away", "audit_entry");
    }
    assertEquals(lostBefore + 2, server.server().routes().auditFailures());
    String created = ok(201, server.post("/api/v1/households", household(resident(40)))).get("householdId").asText();
    JsonNode entries = ok(200, server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000")).get("entries");
    boolean audited = false;
    for (JsonNode e : entries) {
      audited |= e.get("target").asText().endsWith("created " + created);
    }
    assertTrue(audited, "the household written with its audit entry is in the audit log");
  }

  private static void rename(String table, String to) throws Exception {
    try (var c = server.server().database().dataSource().getConnection(); var st = c.createStatement()) {
      st.execute("ALTER TABLE " + table + " RENAME TO " + to);
    }
  }
}
