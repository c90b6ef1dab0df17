package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients writing at once to one server, as the hospitals of a district do at discharge
 * time: new bills, bills sent again, bills sent again with other content, and one bill sent by
 * every client for a different resident, for a few residents near their caps. On the embedded database these writes share commits, so refused and replayed
 * requests sit in the same transactions as the settlements beside them; none of it may show.
 * Every cap holds, each year to date is the sum of the settlements answered 201, a bill sent again
 * is answered with the stored settlement, and a conflicting one leaves nothing.
 */
class ConcurrentSettlementApiTest {
  private static final int RESIDENTS = 4;
  private static final int CLIENTS = 32;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    for (int r = 0; r < RESIDENTS; r++) {
      assertEquals(200, server.put("/api/v1/residents/" + resident(r) + "/aid-category",
          "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}").status());
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String resident(int i) {
    return ResidentId.ofFirst17(String.format("41080219600606%03d", i)).value();
  }

  private static String bill(String id, String resident, long inScope) {
    return "{\"billId\": \"" + id + "\", \"residentId\": \"" + resident + "\", \"hospitalLevel\": \"TERTIARY\","
        + " \"careType\": \"INPATIENT\", \"settledOn\": \"2026-05-01\", \"totalFen\": " + inScope + ", \"inScopeFen\": "
        + inScope + "}";
  }

  @Test
  void settlementsRepliesAndConflictsWrittenTogetherLeaveExactlyTheSettlementsAnswered201() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    ConcurrentLinkedQueue<JsonNode> created = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      work.add(pool.submit(() -> {
        for (int n = 0; n < 5; n++) {
          String resident = resident((client + n) % RESIDENTS);
          // a bill every client sends (one settles it, the others get it back), one of its own,
          // and its own again with another amount (a conflict, whichever of the two came first)
          String shared = "SHARED-" + n;
          String own = "OWN-" + client + "-" + n;
          // and a bill every client sends for a resident of its own: the residents' locks do not
          // hold these apart, the bill does (one is settled; the rest are it again, or conflicts)
          String contested = "CONTESTED-" + n;
          for (Response r : List.of(
              server.post("/api/v1/medical-aid/settlements", bill(contested, resident, 2_000_000)),
              server.post("/api/v1/medical-aid/settlements", bill(shared, resident(n % RESIDENTS), 3_000_000)),
              server.post("/api/v1/medical-aid/settlements", bill(own, resident, 8_000_000)),
              server.post("/api/v1/medical-aid/settlements", bill(own, resident, 8_000_001)))) {
            if (r.status() == 201) {
              created.add(r.json());
            } else if (r.status() != 200 && r.status() != 409) {
              problems.add(r.toString());
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(180, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(List.of(), List.copyOf(problems));
    // each bill settled once: five shared bills, five contested ones and one of each client's pairs
    assertEquals(5 + 5 + CLIENTS * 5, created.size());
    for (int n = 0; n < 5; n++) {
      String contested = "CONTESTED-" + n;
      assertEquals(1, created.stream().filter(s -> s.get("billId").asText().equals(contested)).count(), contested);
    }
    for (int n = 0; n < 5; n++) {
      String shared = "SHARED-" + n;
      long settledOnce = created.stream().filter(s -> s.get("billId").asText().equals(shared)).count();
      assertEquals(1, settledOnce, shared);
      // sent again now: the stored settlement, unchanged
      Response again = server.post("/api/v1/medical-aid/settlements", bill(shared, resident(n % RESIDENTS), 3_000_000));
      assertEquals(200, again.status(), again.toString());
    }
    for (int r = 0; r < RESIDENTS; r++) {
      JsonNode ytd = server.get("/api/v1/medical-aid/residents/" + resident(r) + "/year-to-date?year=2026").json();
      assertTrue(ytd.get("aidPaidFen").asLong() <= 6_000_000, ytd.toString());
      assertTrue(ytd.get("basicPaidFen").asLong() <= 20_000_000, ytd.toString());
      long aid = 0;
      long basic = 0;
      for (JsonNode s : created) {
        // answers show a resident's number masked: its last four characters tell these apart
        if (s.get("residentId").asText().endsWith(resident(r).substring(14))) {
          aid += s.get("medicalAidFen").asLong();
          basic += s.get("basicInsuranceFen").asLong();
        }
      }
      assertEquals(aid, ytd.get("aidPaidFen").asLong(), "the year to date is the sum of the settlements answered 201");
      assertEquals(basic, ytd.get("basicPaidFen").asLong());
    }
  }
}
