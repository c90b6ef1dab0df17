package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers over one PostgreSQL database behave as one: settlements of the same residents from
 * 32 clients split across both never pass a cap and every year to date is the sum of its stored
 * settlements; the same bill sent to both is settled once; a token revoked through one server is
 * refused by the other on the next request. (The embedded H2 database belongs to one process, so
 * this runs on PostgreSQL only.)
 */
class TwoServersTest {
  private static TestServer a;
  private static TestServer b;

  @BeforeAll
  static void start() {
    String url = System.getenv("CIVIL_TEST_DB_URL");
    Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "two servers share a PostgreSQL database");
    a = TestServer.start();
    b = TestServer.open(a.dataDir(), false);
  }

  @AfterAll
  static void stop() {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
  }

  private static String resident(int i) {
    return ResidentId.ofFirst17(String.format("41080219580808%03d", i)).value();
  }

  private static String bill(String id, String resident, long inScope) {
    return "{\"billId\": \"" + id + "\", \"residentId\": \"" + resident + "\", \"hospitalLevel\": \"TERTIARY\","
        + " \"careType\": \"INPATIENT\", \"settledOn\": \"2026-04-01\", \"totalFen\": " + inScope + ", \"inScopeFen\": "
        + inScope + "}";
  }

  @Test
  void settlingFromBothServersNeverPassesACapAndEachBillIsSettledOnce() throws Exception {
    int residents = 4;
    for (int r = 0; r < residents; r++) {
      assertEquals(200, a.put("/api/v1/residents/" + resident(r) + "/aid-category",
          "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}").status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    ConcurrentLinkedQueue<JsonNode> settled = new ConcurrentLinkedQueue<>();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < 32; c++) {
      int client = c;
      TestServer to = c % 2 == 0 ? a : b;
      work.add(pool.submit(() -> {
        for (int n = 0; n < 6; n++) {
          // large bills: the medical-aid cap of ¥60,000 is reached after a few
          Response r = to.post("/api/v1/medical-aid/settlements",
              bill("TS-" + client + "-" + n, resident((client + n) % residents), 8_000_000));
          assertTrue(r.status() == 201, r.toString());
          settled.add(r.json());
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    for (int r = 0; r < residents; r++) {
      JsonNode ytd = b.get("/api/v1/medical-aid/residents/" + resident(r) + "/year-to-date?year=2026").json();
      assertTrue(ytd.get("aidPaidFen").asLong() <= 6_000_000, ytd.toString());
      assertTrue(ytd.get("basicPaidFen").asLong() <= 20_000_000, ytd.toString());
      long aid = 0;
      long basic = 0;
      for (JsonNode s : settled) {
        if (s.get("residentId").asText().endsWith(resident(r).substring(14))) {
          aid += s.get("medicalAidFen").asLong();
          basic += s.get("basicInsuranceFen").asLong();
        }
      }
      assertEquals(aid, ytd.get("aidPaidFen").asLong(), "the year to date is the sum of the settlements");
      assertEquals(basic, ytd.get("basicPaidFen").asLong());
    }
    // the same bill to both servers at once: one settlement, the other answer returns it
    Map<String, Response> answers = new TreeMap<>();
    ExecutorService two = Executors.newFixedThreadPool(2);
    Future<Response> fa = two.submit(() -> a.post("/api/v1/medical-aid/settlements", bill("SAME-1", resident(9), 100_000)));
    Future<Response> fb = two.submit(() -> b.post("/api/v1/medical-aid/settlements", bill("SAME-1", resident(9), 100_000)));
    answers.put("a", fa.get(30, TimeUnit.SECONDS));
    answers.put("b", fb.get(30, TimeUnit.SECONDS));
    two.shutdown();
    assertEquals(answers.get("a").json().get("settlementId"), answers.get("b").json().get("settlementId"));
    assertEquals(List.of(200, 201), answers.values().stream().map(Response::status).sorted().toList());
  }

  @Test
  void aTokenRevokedThroughOneServerIsRefusedByTheOther() {
    JsonNode issued = a.post("/api/v1/tokens", "{\"role\": \"AUDITOR\", \"label\": \"两台服务器\"}").json();
    String token = issued.get("token").asText();
    assertEquals(200, b.send("GET", "/api/v1/households", null, token, null).status());
    assertEquals(204, a.delete("/api/v1/tokens/" + issued.get("tokenId").asText()).status());
    assertEquals(401, b.send("GET", "/api/v1/households", null, token, null).status());
  }
}
