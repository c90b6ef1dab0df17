package civil.api.http;

import static civil.api.testing.TestServer.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Designated hospitals over HTTP: the registry, bound tokens and their scope, previews, reconciliation, clearing. */
class HospitalApiTest {
  private static TestServer server;
  private static String tokenA;
  private static String tokenB;
  private static final String A = "H41080200011";
  private static final String B = "H41080200012";

  @BeforeAll
  static void start() {
    server = TestServer.start();
    register(A, "解放区人民医院", "SECONDARY", "2026-01-01");
    register(B, "解放区中医院", "TERTIARY", "2026-01-01");
    tokenA = issue(A);
    tokenB = issue(B);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void register(String code, String name, String level, String from) {
    Response r = server.post("/api/v1/hospitals", "{\"hospitalCode\": \"" + code + "\", \"name\": \"" + name + "\","
        + " \"level\": \"" + level + "\", \"designatedFrom\": \"" + from + "\", \"designatedTo\": null}");
    assertEquals(201, r.status(), r.toString());
  }

  private static String issue(String code) {
    Response r = server.post("/api/v1/tokens", "{\"role\": \"HOSPITAL\", \"label\": \"" + code + " HIS\", \"hospitalCode\": \""
        + code + "\"}");
    assertEquals(201, r.status(), r.toString());
    assertEquals(code, r.json().get("hospitalCode").asText());
    return r.json().get("token").asText();
  }

  private static String resident(int n) {
    return ResidentId.ofFirst17(String.format("41080219550505%03d", n)).value();
  }

  private static String bill(String billId, String resident, String settledOn, long inScope, String extra) {
    return "{\"billId\": \"" + billId + "\", \"residentId\": \"" + resident + "\", \"careType\": \"INPATIENT\","
        + " \"settledOn\": \"" + settledOn + "\", \"totalFen\": " + (inScope + 10_000) + ", \"inScopeFen\": " + inScope + extra + "}";
  }

  private static Response as(String token, String method, String path, String body) {
    return server.send(method, path, body, token, body == null ? null : "application/json");
  }

  private static void refused(int status, String code, Response r) {
    assertEquals(status, r.status(), r.toString());
    assertEquals(code, r.json().get("code").asText(), r.toString());
  }

  private static void category(String resident) {
    ok(200, server.put("/api/v1/residents/" + resident + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}"));
  }

  @Test
  void aHospitalTokenIsBoundToARegisteredHospital() {
    refused(400, "MISSING_FIELD", server.post("/api/v1/tokens", "{\"role\": \"HOSPITAL\", \"label\": \"x\"}"));
    refused(422, "HOSPITAL_NOT_REGISTERED", server.post("/api/v1/tokens",
        "{\"role\": \"HOSPITAL\", \"label\": \"x\", \"hospitalCode\": \"H41080299999\"}"));
    refused(400, "UNEXPECTED_FIELD", server.post("/api/v1/tokens",
        "{\"role\": \"CASEWORKER\", \"label\": \"x\", \"hospitalCode\": \"" + A + "\"}"));
    refused(400, "HOSPITAL_CODE_CHARACTER", server.post("/api/v1/tokens",
        "{\"role\": \"HOSPITAL\", \"label\": \"x\", \"hospitalCode\": \"X41080200011\"}"));
  }

  @Test
  void aHospitalTokenFromBeforeTheBindingActsForNoHospital() {
    String token = issue(A);
    String id = server.post("/api/v1/tokens", "{\"role\": \"AUDITOR\", \"label\": \"probe\"}").json().get("tokenId").asText();
    server.server().database().transaction(sql -> sql.update(
        "UPDATE api_token SET hospital_code = NULL WHERE role = 'HOSPITAL' AND token_id = (SELECT MAX(token_id) FROM"
            + " api_token WHERE role = 'HOSPITAL' AND token_id < ?)", id));
    refused(403, "TOKEN_NOT_BOUND", as(token, "POST", "/api/v1/medical-aid/settlements",
        bill("U-1", resident(40), "2026-03-02", 1_000, ", \"hospitalCode\": \"" + B + "\"")));
  }

  @Test
  void aHospitalSeesAndActsForItsOwnHospitalOnly() {
    String r = resident(1);
    JsonNode settled = ok(201, as(tokenA, "POST", "/api/v1/medical-aid/settlements", bill("S-1", r, "2026-03-02", 500_000, "")));
    assertEquals(A, settled.get("hospitalCode").asText());
    assertEquals("HOSPITAL", settled.get("channel").asText());
    assertEquals("SECONDARY", settled.get("hospitalLevel").asText());
    String id = settled.get("settlementId").asText();
    refused(404, "NOT_FOUND", as(tokenB, "GET", "/api/v1/medical-aid/settlements/" + id, null));
    refused(404, "NOT_FOUND", as(tokenB, "POST", "/api/v1/medical-aid/settlements/" + id + "/reversal", null));
    refused(404, "NOT_FOUND", as(tokenB, "GET", "/api/v1/hospitals/" + A, null));
    assertEquals(1, ok(200, as(tokenB, "GET", "/api/v1/hospitals", null)).get("hospitals").size());
    refused(403, "FORBIDDEN", as(tokenB, "POST", "/api/v1/medical-aid/settlements",
        bill("S-2", r, "2026-03-02", 1_000, ", \"hospitalCode\": \"" + A + "\"")));
    refused(403, "FORBIDDEN", as(tokenB, "POST", "/api/v1/medical-aid/reconciliations",
        "{\"hospitalCode\": \"" + A + "\", \"date\": \"2026-03-02\", \"settlements\": []}"));
    JsonNode rec = ok(201, as(tokenA, "POST", "/api/v1/medical-aid/reconciliations",
        "{\"hospitalCode\": \"" + A + "\", \"date\": \"2026-03-02\", \"settlements\": []}"));
    refused(404, "NOT_FOUND", as(tokenB, "GET", "/api/v1/medical-aid/reconciliations/" + rec.get("reconciliationId").asText(), null));
    refused(403, "FORBIDDEN", as(tokenB, "GET", "/api/v1/medical-aid/reconciliations?hospitalCode=" + A
        + "&from=2026-01-01&to=2026-12-31", null));
    // the same bill number at another hospital is another bill
    JsonNode atB = ok(201, as(tokenB, "POST", "/api/v1/medical-aid/settlements", bill("S-1", r, "2026-03-02", 500_000, "")));
    assertFalse(atB.get("settlementId").equals(settled.get("settlementId")));
    // the owner reverses; a read of the year to date by a hospital is audited
    ok(200, as(tokenA, "POST", "/api/v1/medical-aid/settlements/" + id + "/reversal", null));
    ok(200, as(tokenA, "GET", "/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026", null));
    String audit = server.get("/api/v1/audit?from=2026-11-30&to=2026-11-30&limit=1000").body();
    assertTrue(audit.contains("/api/v1/medical-aid/residents/{residentId}/year-to-date"), audit);
  }

  @Test
  void theLevelComesFromTheRegistryAndASuspendedHospitalIsRefusedWithNothingStored() {
    String code = "H41080200013";
    register(code, "社区卫生服务中心", "PRIMARY", "2026-01-01");
    ok(200, server.post("/api/v1/hospitals/" + code + "/levels", "{\"level\": \"SECONDARY\", \"from\": \"2026-05-01\"}"));
    String r = resident(2);
    category(r);
    String withCode = ", \"hospitalCode\": \"" + code + "\"";
    assertEquals("PRIMARY", ok(201, server.post("/api/v1/medical-aid/settlements",
        bill("L-1", r, "2026-04-30", 100_000, withCode))).get("hospitalLevel").asText());
    assertEquals("SECONDARY", ok(201, server.post("/api/v1/medical-aid/settlements",
        bill("L-2", r, "2026-05-01", 100_000, withCode))).get("hospitalLevel").asText());
    refused(422, "HOSPITAL_LEVEL_MISMATCH", server.post("/api/v1/medical-aid/settlements",
        bill("L-3", r, "2026-05-02", 100_000, withCode + ", \"hospitalLevel\": \"PRIMARY\"")));
    ok(200, server.post("/api/v1/hospitals/" + code + "/suspensions",
        "{\"from\": \"2026-06-01\", \"to\": \"2026-06-30\", \"reason\": \"审计后暂停联网\"}"));
    JsonNode ytd = ok(200, server.get("/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026"));
    String before = Snapshot.of(server.server().database());
    refused(422, "HOSPITAL_NOT_DESIGNATED", server.post("/api/v1/medical-aid/settlements",
        bill("L-4", r, "2026-06-10", 100_000, withCode)));
    assertEquals(before, Snapshot.of(server.server().database()));
    assertEquals(ytd, ok(200, server.get("/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026")));
    // a manual claim names its level and belongs to no hospital
    JsonNode manual = ok(201, server.post("/api/v1/medical-aid/settlements",
        bill("L-4", r, "2026-06-10", 100_000, ", \"hospitalLevel\": \"TERTIARY\"")));
    assertEquals("MANUAL", manual.get("channel").asText());
    assertTrue(manual.get("hospitalCode").isNull());
    refused(400, "MISSING_FIELD", server.post("/api/v1/medical-aid/settlements", bill("L-5", r, "2026-06-10", 100, "")));
  }

  @Test
  void aPreviewIsTheSettlementThatFollowsAndStoresNothing() {
    String r = resident(3);
    category(r);
    String body = bill("P-1", r, "2026-04-02", 2_000_000, "");
    String before = Snapshot.of(server.server().database());
    JsonNode preview = ok(200, as(tokenA, "POST", "/api/v1/medical-aid/settlement-previews", body));
    assertEquals(before, Snapshot.of(server.server().database()));
    assertEquals("PREVIEW", preview.get("status").asText());
    assertTrue(preview.get("settlementId").isNull());
    JsonNode settled = ok(201, as(tokenA, "POST", "/api/v1/medical-aid/settlements", body));
    for (String f : List.of("basicInsuranceFen", "criticalIllnessFen", "medicalAidFen", "selfPayFen", "steps",
        "yearToDateBefore", "yearToDateAfter", "hospitalLevel", "aidCategory")) {
      assertEquals(preview.get(f), settled.get(f), f);
    }
    // a bill already settled is no conflict for a preview
    assertEquals(200, as(tokenA, "POST", "/api/v1/medical-aid/settlement-previews", body).status());
  }

  @Test
  void aReconciliationNamesEachKindOfDifference() {
    String code = "H41080200014";
    register(code, "妇幼保健院", "SECONDARY", "2026-01-01");
    String token = issue(code);
    List<JsonNode> s = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String r = resident(10 + i);
      category(r);
      s.add(ok(201, as(token, "POST", "/api/v1/medical-aid/settlements", bill("R-" + i, r, "2026-05-06", 300_000 + i, ""))));
    }
    ok(200, as(token, "POST", "/api/v1/medical-aid/settlements/" + s.get(2).get("settlementId").asText() + "/reversal", null));
    String rows = "[" + row(s.get(0), s.get(0).get("settlementId").asText(), "SETTLED", 0)
        + ", " + row(s.get(1), null, "SETTLED", 0)
        + ", " + row(s.get(2), s.get(2).get("settlementId").asText(), "SETTLED", 0)
        + ", " + row(s.get(3), s.get(3).get("settlementId").asText(), "SETTLED", 1)
        + ", {\"settlementId\": null, \"billId\": \"R-9\", \"status\": \"SETTLED\", \"totalFen\": 100, \"basicInsuranceFen\": 0,"
        + " \"criticalIllnessFen\": 0, \"medicalAidFen\": 0, \"selfPayFen\": 100}]";
    JsonNode rec = ok(201, as(token, "POST", "/api/v1/medical-aid/reconciliations",
        "{\"hospitalCode\": \"" + code + "\", \"date\": \"2026-05-06\", \"settlements\": " + rows + "}"));
    assertFalse(rec.get("balanced").asBoolean());
    assertEquals("{\"matched\":2,\"mismatched\":2,\"missingHere\":1,\"missingThere\":1}", rec.get("counts").toString());
    List<String> kinds = new ArrayList<>();
    rec.get("differences").forEach(d -> kinds.add(d.get("kind").asText() + (d.get("field").isNull() ? "" : ":" + d.get("field").asText())));
    assertEquals(List.of("STATUS_MISMATCH", "AMOUNT_MISMATCH:medicalAidFen", "MISSING_HERE", "MISSING_THERE"), kinds);
    assertEquals(rec, ok(200, as(token, "GET", "/api/v1/medical-aid/reconciliations/" + rec.get("reconciliationId").asText(), null)));
    String before = Snapshot.of(server.server().database());
    refused(400, "DUPLICATE_ROW", as(token, "POST", "/api/v1/medical-aid/reconciliations", "{\"hospitalCode\": \"" + code
        + "\", \"date\": \"2026-05-06\", \"settlements\": [" + row(s.get(0), null, "SETTLED", 0) + ", "
        + row(s.get(0), null, "SETTLED", 0) + "]}"));
    assertEquals(before, Snapshot.of(server.server().database()));
  }

  private static String row(JsonNode s, String id, String status, long aidDelta) {
    return "{\"settlementId\": " + (id == null ? "null" : "\"" + id + "\"") + ", \"billId\": \"" + s.get("billId").asText()
        + "\", \"status\": \"" + status + "\", \"totalFen\": " + s.get("totalFen") + ", \"basicInsuranceFen\": "
        + s.get("basicInsuranceFen") + ", \"criticalIllnessFen\": " + s.get("criticalIllnessFen") + ", \"medicalAidFen\": "
        + (s.get("medicalAidFen").asLong() + aidDelta) + ", \"selfPayFen\": " + s.get("selfPayFen") + "}";
  }

  @Test
  void sixMonthsOfStatementsClearLateUploadsAndNetReversals() {
    String code = "H41080200015";
    register(code, "第二人民医院", "SECONDARY", "2026-01-01");
    String token = issue(code);
    String r = resident(30);
    category(r);
    JsonNode jan = ok(201, as(token, "POST", "/api/v1/medical-aid/settlements", bill("C-1", r, "2026-01-10", 200_000, "")));
    JsonNode feb = ok(201, as(token, "POST", "/api/v1/medical-aid/settlements", bill("C-2", r, "2026-02-10", 300_000, "")));
    String draw = "{\"hospitalCode\": \"" + code + "\", \"month\": \"%s\"}";
    JsonNode s1 = ok(201, server.post("/api/v1/medical-aid/clearings", String.format(draw, "2026-01")));
    assertEquals(1, s1.get("settlementLines").asInt());
    assertEquals(jan.get("medicalAidFen").asLong(), s1.get("medicalAidFen").asLong());
    // a late upload for January, and the January settlement reversed after it was cleared
    JsonNode late = ok(201, as(token, "POST", "/api/v1/medical-aid/settlements", bill("C-3", r, "2026-01-20", 100_000, "")));
    ok(200, as(token, "POST", "/api/v1/medical-aid/settlements/" + jan.get("settlementId").asText() + "/reversal", null));
    JsonNode s2 = ok(201, server.post("/api/v1/medical-aid/clearings", String.format(draw, "2026-02")));
    assertEquals(2, s2.get("settlementLines").asInt()); // February's and January's late upload
    assertEquals(1, s2.get("reversalLines").asInt());
    assertEquals(feb.get("medicalAidFen").asLong() + late.get("medicalAidFen").asLong() - jan.get("medicalAidFen").asLong(),
        s2.get("medicalAidFen").asLong());
    long net = s1.get("medicalAidFen").asLong() + s2.get("medicalAidFen").asLong();
    for (String m : List.of("2026-03", "2026-04", "2026-05", "2026-06")) {
      JsonNode st = ok(201, server.post("/api/v1/medical-aid/clearings", String.format(draw, m)));
      net += st.get("medicalAidFen").asLong();
    }
    assertEquals(feb.get("medicalAidFen").asLong() + late.get("medicalAidFen").asLong(), net);
    // order, uniqueness, months not ended, states
    String before = Snapshot.of(server.server().database());
    refused(409, "CLEARING_EXISTS", server.post("/api/v1/medical-aid/clearings", String.format(draw, "2026-06")));
    refused(409, "CLEARING_OUT_OF_ORDER", server.post("/api/v1/medical-aid/clearings", String.format(draw, "2025-12")));
    refused(422, "MONTH_NOT_ENDED", server.post("/api/v1/medical-aid/clearings", String.format(draw, "2026-11")));
    assertEquals(before, Snapshot.of(server.server().database()));
    String id = s1.get("clearingId").asText();
    refused(409, "CLEARING_NOT_APPROVED", server.post("/api/v1/medical-aid/clearings/" + id + "/payment", "{\"paidOn\": \"2026-02-20\"}"));
    assertEquals("APPROVED", ok(200, server.post("/api/v1/medical-aid/clearings/" + id + "/approval", null)).get("status").asText());
    JsonNode paid = ok(200, server.post("/api/v1/medical-aid/clearings/" + id + "/payment", "{\"paidOn\": \"2026-02-20\"}"));
    assertEquals("PAID", paid.get("status").asText());
    assertEquals(s1.get("lines"), paid.get("lines"));
    assertEquals(6, ok(200, as(token, "GET", "/api/v1/medical-aid/clearings", null)).get("clearings").size());
    refused(404, "NOT_FOUND", as(tokenA, "GET", "/api/v1/medical-aid/clearings/" + id, null));
  }

  @Test
  void badRegistryInputIsTypedAndStoresNothing() {
    String before = Snapshot.of(server.server().database());
    refused(400, "HOSPITAL_CODE_LENGTH", server.post("/api/v1/hospitals", "{\"hospitalCode\": \"H4108\", \"name\": \"x\","
        + " \"level\": \"PRIMARY\", \"designatedFrom\": \"2026-01-01\", \"designatedTo\": null}"));
    refused(409, "HOSPITAL_EXISTS", server.post("/api/v1/hospitals", "{\"hospitalCode\": \"" + A + "\", \"name\": \"x\","
        + " \"level\": \"PRIMARY\", \"designatedFrom\": \"2026-01-01\", \"designatedTo\": null}"));
    refused(409, "DESIGNATION_OVERLAP", server.put("/api/v1/hospitals/" + A + "/designations",
        "{\"from\": \"2025-06-01\", \"to\": \"2026-02-01\"}"));
    refused(422, "SUSPENSION_OUTSIDE_DESIGNATION", server.post("/api/v1/hospitals/" + A + "/suspensions",
        "{\"from\": \"2025-06-01\", \"to\": null, \"reason\": \"x\"}"));
    refused(404, "NOT_FOUND", server.post("/api/v1/hospitals/H41080299999/levels", "{\"level\": \"PRIMARY\", \"from\": \"2026-05-01\"}"));
    assertEquals(before, Snapshot.of(server.server().database()));
  }
}
