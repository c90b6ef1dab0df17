package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.batch.BatchBill;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bills export and the in-process policy simulation, over HTTP. */
class SimulationApiTest {
  private static TestServer server;
  private static String hospitalToken;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    // two subsistence residents, one low-income, one without category; four bills, one of them reversed
    String[][] residents = {{"801", "SUBSISTENCE"}, {"802", "SUBSISTENCE"}, {"803", "LOW_INCOME"}, {"804", "NONE"}};
    int bill = 0;
    for (String[] r : residents) {
      String id = resident(r[0]);
      if (!r[1].equals("NONE")) {
        assertEquals(200, server.put("/api/v1/residents/" + id + "/aid-category",
            "{\"category\": \"" + r[1] + "\", \"from\": \"2026-01-01\", \"to\": null}").status());
      }
      for (String day : List.of("2026-02-10", "2026-06-20")) {
        Response s = server.post("/api/v1/medical-aid/settlements", String.format(
            "{\"billId\": \"SIM-%d\", \"residentId\": \"%s\", \"hospitalLevel\": \"SECONDARY\", \"careType\": \"INPATIENT\","
                + " \"settledOn\": \"%s\", \"totalFen\": 1200000, \"inScopeFen\": 1000000}", ++bill, id, day));
        assertEquals(201, s.status(), s.toString());
      }
    }
    assertEquals(201, server.post("/api/v1/hospitals", "{\"hospitalCode\": \"H41080200001\", \"name\": \"解放区人民医院\","
        + " \"level\": \"SECONDARY\", \"designatedFrom\": \"2026-01-01\", \"designatedTo\": null}").status());
    JsonNode issued = server.post("/api/v1/tokens", "{\"role\": \"HOSPITAL\", \"label\": \"h\", \"hospitalCode\": \"H41080200001\"}").json();
    hospitalToken = issued.path("token").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String resident(String n) {
    String first17 = "41080219600101" + n;
    return first17 + ResidentId.checkCharacterOf(first17);
  }

  @Test
  void theExportIsTheYearsStandingBillsInTheBatchFormat() {
    Response export = server.get("/api/v1/medical-aid/settlements/export?year=2026");
    assertEquals(200, export.status(), export.toString());
    assertTrue(export.contentType().startsWith("text/csv"), export.contentType());
    List<String> lines = export.body().lines().toList();
    assertEquals(BatchBill.HEADER, lines.get(0));
    assertEquals(9, lines.size(), export.body());
    for (int i = 1; i < lines.size(); i++) {
      BatchBill b = BatchBill.parse(lines.get(i), i + 1);
      assertEquals(2026, b.settledOn().getYear());
      if (i > 1) {
        assertTrue(BatchBill.ORDER.compare(BatchBill.parse(lines.get(i - 1), i), b) < 0, "in the batch's order");
      }
    }
    assertTrue(export.body().contains("SIM-5,," + resident("803") + ",SECONDARY,INPATIENT,2026-02-10,1200000,1000000,LOW_INCOME"),
        export.body());
    assertEquals(List.of(BatchBill.HEADER), server.get("/api/v1/medical-aid/settlements/export?year=2025").body().lines().toList());
    assertEquals(400, server.get("/api/v1/medical-aid/settlements/export?year=26").status());
    assertEquals(400, server.get("/api/v1/medical-aid/settlements/export").status());
  }

  @Test
  void aReversedSettlementIsNotExported() {
    String standing = server.get("/api/v1/medical-aid/settlements/export?year=2026").body();
    // find SIM-8's settlement through the settle route (the same bill again answers its settlement)
    Response again = server.post("/api/v1/medical-aid/settlements", "{\"billId\": \"SIM-8\", \"residentId\": \"" + resident("804")
        + "\", \"hospitalLevel\": \"SECONDARY\", \"careType\": \"INPATIENT\", \"settledOn\": \"2026-06-20\","
        + " \"totalFen\": 1200000, \"inScopeFen\": 1000000}");
    assertEquals(200, again.status(), again.toString());
    assertTrue(standing.contains("SIM-8,"));
    String id = again.json().get("settlementId").asText();
    assertEquals(200, server.post("/api/v1/medical-aid/settlements/" + id + "/reversal", null).status());
    String after = server.get("/api/v1/medical-aid/settlements/export?year=2026").body();
    assertTrue(!after.contains("SIM-8,"), after);
    assertEquals(standing.lines().count() - 1, after.lines().count());
    // settle it again so that the other tests see the same year
    Response resettled = server.post("/api/v1/medical-aid/settlements", "{\"billId\": \"SIM-8\", \"residentId\": \"" + resident("804")
        + "\", \"hospitalLevel\": \"SECONDARY\", \"careType\": \"INPATIENT\", \"settledOn\": \"2026-06-20\","
        + " \"totalFen\": 1200000, \"inScopeFen\": 1000000}");
    assertEquals(201, resettled.status(), resettled.toString());
  }

  @Test
  void aDraftRaisingOneCategorysRatioRaisesOnlyThatCategorysAidAndStoresNothing() throws Exception {
    String before = Snapshot.of(server.server().database());
    Response r = server.post("/api/v1/medical-aid/simulations", "{\"year\": 2026, \"policy\": " + draft("SUBSISTENCE", "90%") + "}");
    assertEquals(200, r.status(), r.toString());
    JsonNode c = r.json();
    assertEquals(8, c.get("bills").asLong());
    assertEquals(4, c.get("residents").asLong());
    assertTrue(c.get("byCategory").get("SUBSISTENCE").get("difference").get("medicalAidFen").asLong() > 0, c.toString());
    for (String other : List.of("LOW_INCOME", "NONE", "EXTREMELY_POOR")) {
      assertEquals(0, c.get("byCategory").get(other).get("difference").get("medicalAidFen").asLong(), other);
    }
    assertEquals(2, c.get("residentsByMedicalAid").get("rises").asLong());
    assertEquals(2, c.get("residentsByMedicalAid").get("same").asLong());
    assertTrue(c.get("largestRises").get(0).get("resident").asText().contains("*"), "masked");
    assertEquals(before, Snapshot.of(server.server().database()));
  }

  @Test
  void aSimulationWithoutAYearOrWithABrokenPolicyIsRefused() throws Exception {
    Response noYear = server.post("/api/v1/medical-aid/simulations", "{\"policy\": " + draft("SUBSISTENCE", "90%") + "}");
    assertEquals(400, noYear.status(), noYear.toString());
    Response noPolicy = server.post("/api/v1/medical-aid/simulations", "{\"year\": 2026}");
    assertEquals(400, noPolicy.status(), noPolicy.toString());
    Response badRatio = server.post("/api/v1/medical-aid/simulations", "{\"year\": 2026, \"policy\": " + draft("SUBSISTENCE", "190%") + "}");
    assertEquals(400, badRatio.status(), badRatio.toString());
    Response notAPolicy = server.post("/api/v1/medical-aid/simulations", "{\"year\": 2026, \"policy\": {\"version\": 3}}");
    assertEquals(400, notAPolicy.status(), notAPolicy.toString());
    Response hospital = server.send("POST", "/api/v1/medical-aid/simulations", "{\"year\": 2026, \"policy\": {}}",
        hospitalToken, "application/json");
    assertEquals(403, hospital.status(), hospital.toString());
  }

  private static String draft(String category, String ratio) throws Exception {
    try (InputStream in = civil.relief.medical.MedicalAidPolicy.class.getResourceAsStream("medical-aid-policy-2026.json")) {
      ObjectNode doc = (ObjectNode) civil.api.json.Json.mapper().readTree(in);
      doc.put("version", "draft");
      for (JsonNode c : doc.get("medicalAid").get("categories")) {
        if (c.get("category").asText().equals(category)) {
          ((ObjectNode) c).put("ratio", ratio);
        }
      }
      return doc.toString();
    }
  }
}
