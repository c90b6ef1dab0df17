package civil.api.http;

import static civil.api.http.MedicalAidApiTest.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the database must keep: totals across a restart, and caps under concurrent desks. */
class DurabilityApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Response settle(String billId, String resident, long total, long inScope) {
    return server.post("/api/v1/medical-aid/settlements", String.format(
        "{\"billId\": \"%s\", \"residentId\": \"%s\", \"hospitalLevel\": \"TERTIARY\", \"careType\": \"INPATIENT\","
            + " \"settledOn\": \"2026-04-01\", \"totalFen\": %d, \"inScopeFen\": %d}", billId, resident, total, inScope));
  }

  @Test
  void theYearToDateIsUnchangedAfterARestartOnTheSameData() {
    String r = resident(100);
    assertEquals(201, settle("D-1", r, 2_500_000, 2_000_000).status());
    assertEquals(201, settle("D-2", r, 6_000_000, 5_000_000).status());
    String path = "/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026";
    JsonNode before = server.get(path).json();
    String settlement = server.get("/api/v1/medical-aid/settlements/MA-00000001").body();
    server.restart();
    assertEquals(before, server.get(path).json());
    assertEquals(settlement, server.get("/api/v1/medical-aid/settlements/MA-00000001").body());
    assertEquals(200, settle("D-2", r, 6_000_000, 5_000_000).status()); // still idempotent
  }

  @Test
  void thirtyTwoDesksSettlingOneResidentAtOnceNeverPassACap() throws Exception {
    String r = resident(200);
    assertEquals(200, server.put("/api/v1/residents/" + r + "/aid-category",
        "{\"category\": \"LOW_INCOME\", \"from\": \"2026-01-01\", \"to\": null}").status());
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      String bill = "C-" + i;
      answers.add(pool.submit(() -> settle(bill, r, 9_000_000, 8_000_000)));
    }
    long basic = 0;
    long critical = 0;
    long aid = 0;
    long criticalBase = 0;
    for (Future<Response> f : answers) {
      Response a = f.get(60, TimeUnit.SECONDS);
      assertEquals(201, a.status(), a.toString());
      JsonNode s = a.json();
      basic += s.get("basicInsuranceFen").asLong();
      critical += s.get("criticalIllnessFen").asLong();
      aid += s.get("medicalAidFen").asLong();
      criticalBase += s.get("yearToDateAfter").get("criticalBaseFen").asLong()
          - s.get("yearToDateBefore").get("criticalBaseFen").asLong();
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    JsonNode ytd = server.get("/api/v1/medical-aid/residents/" + r + "/year-to-date?year=2026").json();
    assertEquals(basic, ytd.get("basicPaidFen").asLong());
    assertEquals(critical, ytd.get("criticalPaidFen").asLong());
    assertEquals(aid, ytd.get("aidPaidFen").asLong());
    assertEquals(criticalBase, ytd.get("criticalBaseFen").asLong());
    assertEquals(20_000_000, basic); // ¥200,000, exactly the cap
    assertEquals(40_000_000, critical);
    assertEquals(4_000_000, aid);
  }
}
