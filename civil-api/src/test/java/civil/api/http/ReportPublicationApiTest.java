package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Casework;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publishing a half-year report, reading it back unchanged, and restating it after H1 changes. */
class ReportPublicationApiTest {
  private static TestServer server;
  private static String auditor;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    auditor = server.post("/api/v1/tokens", "{\"role\": \"AUDITOR\", \"label\": \"audit\"}").json().get("token").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPublicationReadsBackUnchangedAndItsRestatementListsExactlyWhatChanged() {
    for (int n = 1; n <= 2; n++) {
      assertEquals(200, server.put("/api/v1/residents/" + Casework.resident(n) + "/aid-category",
          "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}").status());
    }
    String reversed = Casework.settle(server, "PUB-1", Casework.resident(1), "2026-03-02").json().get("settlementId").asText();
    Casework.settle(server, "PUB-2", Casework.resident(2), "2026-04-02");

    Response published = server.post("/api/v1/reports/half-year/2026-H1/publications", null);
    assertEquals(201, published.status(), published.toString());
    JsonNode p = published.json();
    String id = p.get("publicationId").asText();
    assertEquals("2026-H1", p.get("period").asText());
    assertEquals(p.get("publishedAt"), p.get("report").get("asOf"));
    assertEquals(2, p.get("report").get("medicalAid").get("settlements").asInt());

    // nothing changed yet: the same figures, and the publication reads back byte for byte
    assertEquals(0, server.get("/api/v1/reports/half-year/2026-H1/publications/" + id + "/restatement").json().size());
    assertEquals(p.toString(), server.get("/api/v1/reports/half-year/2026-H1/publications/" + id).json().toString());
    JsonNode list = server.get("/api/v1/reports/half-year/2026-H1/publications").json().get("publications");
    assertEquals(1, list.size());
    assertEquals(id, list.get(0).get("publicationId").asText());

    // H1 changes after the publication: one settlement reversed, a new one for another resident
    assertEquals(200, server.post("/api/v1/medical-aid/settlements/" + reversed + "/reversal", null).status());
    assertEquals(200, server.put("/api/v1/residents/" + Casework.resident(3) + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}").status());
    Casework.settle(server, "PUB-3", Casework.resident(3), "2026-05-02");
    Casework.settle(server, "PUB-4", Casework.resident(3), "2026-05-20");

    JsonNode restated = server.get("/api/v1/reports/half-year/2026-H1/publications/" + id + "/restatement").json();
    Map<String, JsonNode[]> changes = new HashMap<>();
    restated.forEach(c -> changes.put(c.get("path").asText(), new JsonNode[] {c.get("published"), c.get("now")}));
    // settled in H1 and standing: 2 published; now PUB-2, PUB-3, PUB-4 (PUB-1 reversed) = 3
    assertEquals(2, changes.get("medicalAid.settlements")[0].asInt(), restated.toString());
    assertEquals(3, changes.get("medicalAid.settlements")[1].asInt());
    // the reversal is dated today (2026-11-30), in H2: H1 counts no reversal
    assertTrue(!changes.containsKey("medicalAid.reversals"), restated.toString());
    assertTrue(changes.containsKey("medicalAid.medicalAidFen"));
    assertTrue(!changes.containsKey("asOf") && !changes.containsKey("period"), restated.toString());
    for (JsonNode c : restated) {
      assertTrue(c.get("path").asText().startsWith("medicalAid."), "only medical aid changed: " + c);
      assertTrue(!c.get("published").equals(c.get("now")), c.toString());
    }
    // and the publication itself has not moved
    assertEquals(p.toString(), server.get("/api/v1/reports/half-year/2026-H1/publications/" + id).json().toString());
  }

  @Test
  void publishingIsACaseworkersActAndAnUnknownPublicationIsNotFound() {
    assertEquals(403, server.send("POST", "/api/v1/reports/half-year/2026-H1/publications", (String) null, auditor, null)
        .status());
    assertEquals(200, server.send("GET", "/api/v1/reports/half-year/2026-H1/publications", (String) null, auditor, null)
        .status());
    assertEquals(404, server.get("/api/v1/reports/half-year/2026-H1/publications/PUB-999999").status());
    assertEquals(404, server.get("/api/v1/reports/half-year/2026-H1/publications/PUB-999999/restatement").status());
    assertEquals(400, server.post("/api/v1/reports/half-year/2026-H3/publications", null).status());
  }
}
