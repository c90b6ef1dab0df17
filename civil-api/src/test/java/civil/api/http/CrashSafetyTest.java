package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import civil.api.CivilServer;
import civil.api.ServerConfig;
import civil.api.testing.PostgresReset;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed (SIGKILL) in the middle of a stream of settlements from eight
 * clients, then started again on the same data: every settlement acknowledged with a 201 before
 * the kill is there with the figures it was answered with, and each resident's year-to-date totals
 * are exactly the sum of the settlements stored for them, each settlement's "before" the previous
 * one's "after" — nothing half-written. On H2 it is killed once more while it tidies its file
 * (copies live pages out of old chunks), with the same outcome.
 */
class CrashSafetyTest {
  private static final String TOKEN = "crash-test-admin-token-0123456789";
  private static final ObjectMapper M = new ObjectMapper();
  private static final int RESIDENTS = 4;

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static ServerConfig config(Path dataDir) {
    ServerConfig c = ServerConfig.forTest(dataDir, TOKEN);
    String url = System.getenv("CIVIL_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      c = c.withDatabase(url, System.getenv().getOrDefault("CIVIL_TEST_DB_USER", ""),
          System.getenv().getOrDefault("CIVIL_TEST_DB_PASSWORD", ""));
    }
    return c;
  }

  /** The server in a process of its own, so that it can be killed. */
  private static Process launch(ServerConfig c, int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "civil.api.Main",
        "--port", Integer.toString(port), "--data-dir", c.dataDir().toString(), "--admin-token", TOKEN,
        "--demo-data=false", "--db-url", c.dbUrl()));
    if (!c.dbUser().isEmpty()) {
      command.addAll(List.of("--db-user", c.dbUser(), "--db-password", c.dbPassword()));
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(c.dataDir().resolve("server.log").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("CIVIL_"));
    return pb.start();
  }

  private static HttpResponse<String> send(HttpClient http, int port, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + TOKEN);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitHealthy(HttpClient http, int port, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        fail("the server process exited with " + p.exitValue());
      }
      try {
        if (send(http, port, "GET", "/health", null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100); // polling the port: there is nothing to wait on across processes
    }
    fail("the server did not answer /health within 60 s");
  }

  private static String resident(int i) {
    return ResidentId.ofFirst17(String.format("41080219600101%03d", 100 + i)).value();
  }

  @Test
  void aKilledServerKeepsEveryAcknowledgedSettlementAndConsistentTotals() throws Exception {
    Path dir = Files.createTempDirectory("civil-crash");
    killAndStartAgain(dir, config(dir), 150, Duration.ZERO);
  }

  @Test
  void aServerKilledWhileItTidiesItsFileKeepsEveryAcknowledgedSettlement() throws Exception {
    String url = System.getenv("CIVIL_TEST_DB_URL");
    assumeTrue(url == null || url.isBlank(), "the embedded H2 file only");
    Path dir = Files.createTempDirectory("civil-crash-tidying");
    ServerConfig c = ServerConfig.forTest(dir, TOKEN);
    // chunks older than the retention time (10 s) are copied: the clients settle for longer than
    // that, so the kill finds the tidying at work
    killAndStartAgain(dir, c, 150, Duration.ofSeconds(14));
  }

  /**
   * Kills the server once {@code beforeKill} settlements were acknowledged and {@code settling} has
   * passed since they started, and checks what it kept.
   */
  private static void killAndStartAgain(Path dir, ServerConfig c, int beforeKill, Duration settling) throws Exception {
    PostgresReset.resetIfPostgres(c);
    int port = freePort();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Process server = launch(c, port);
    ConcurrentLinkedQueue<JsonNode> acknowledged = new ConcurrentLinkedQueue<>();
    try {
      awaitHealthy(http, port, server);
      for (int i = 0; i < RESIDENTS; i++) {
        HttpResponse<String> r = send(http, port, "PUT", "/api/v1/residents/" + resident(i) + "/aid-category",
            "{\"category\": \"" + (i % 2 == 0 ? "SUBSISTENCE" : "LOW_INCOME") + "\", \"from\": \"2026-01-01\", \"to\": null}");
        assertEquals(200, r.statusCode(), r.body());
      }
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch enough = new CountDownLatch(beforeKill);
      List<Thread> clients = new ArrayList<>();
      long started = System.nanoTime();
      for (int t = 0; t < 8; t++) {
        int id = t;
        Thread client = new Thread(() -> {
          SplittableRandom rnd = new SplittableRandom(id);
          for (int n = 0; !stop.get(); n++) {
            long inScope = rnd.nextLong(1_000, 3_000_000);
            String body = "{\"billId\": \"K-" + id + "-" + n + "\", \"residentId\": \"" + resident(rnd.nextInt(RESIDENTS))
                + "\", \"hospitalLevel\": \"TERTIARY\", \"careType\": \"INPATIENT\", \"settledOn\": \"2026-03-0"
                + (1 + rnd.nextInt(9)) + "\", \"totalFen\": " + (inScope + rnd.nextLong(0, 100_000)) + ", \"inScopeFen\": "
                + inScope + "}";
            try {
              HttpResponse<String> r = send(http, port, "POST", "/api/v1/medical-aid/settlements", body);
              if (r.statusCode() == 201) {
                acknowledged.add(M.readTree(r.body()));
                enough.countDown();
              }
            } catch (IOException gone) {
              return; // the server was killed
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }, "client-" + t);
        clients.add(client);
        client.start();
      }
      assertTrue(enough.await(60, TimeUnit.SECONDS), "only " + acknowledged.size() + " settlements in 60 s");
      long left = settling.toNanos() - (System.nanoTime() - started);
      if (left > 0) {
        Thread.sleep(left / 1_000_000); // a span of time is the condition itself: the clients go on meanwhile
      }
      server.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
      assertTrue(server.waitFor(30, TimeUnit.SECONDS));
      stop.set(true);
      for (Thread client : clients) {
        client.join(30_000);
      }
    } finally {
      server.destroyForcibly();
    }

    // started again on the same data
    CivilServer again = CivilServer.start(config(dir).withDatabase(c.dbUrl(), c.dbUser(), c.dbPassword()));
    try {
      for (JsonNode ack : acknowledged) {
        HttpResponse<String> r = send(http, again.port(), "GET",
            "/api/v1/medical-aid/settlements/" + ack.get("settlementId").asText(), null);
        assertEquals(200, r.statusCode(), "acknowledged " + ack.get("settlementId") + " is gone: " + r.body());
        JsonNode stored = M.readTree(r.body());
        for (String field : List.of("billId", "basicInsuranceFen", "criticalIllnessFen", "medicalAidFen", "selfPayFen",
            "yearToDateBefore", "yearToDateAfter")) {
          assertEquals(ack.get(field), stored.get(field), field + " of " + ack.get("settlementId"));
        }
      }
      String[] parts = {"basic_paid", "critical_base", "critical_paid", "aid_base", "aid_paid"};
      Map<String, long[]> sums = new HashMap<>();
      Map<String, long[]> last = new HashMap<>();
      int[] stored = {0};
      again.database().read(sql -> {
        sql.list("SELECT * FROM settlement WHERE reversed_on IS NULL ORDER BY seq", rs -> {
          String key = rs.getString("resident_id");
          long[] before = new long[5];
          long[] after = new long[5];
          for (int i = 0; i < 5; i++) {
            before[i] = rs.getLong("before_" + parts[i]);
            after[i] = rs.getLong("after_" + parts[i]);
          }
          long[] previous = last.getOrDefault(key, new long[5]);
          for (int i = 0; i < 5; i++) {
            assertEquals(previous[i], before[i], parts[i] + " before settlement " + rs.getString("settlement_id"));
            sums.computeIfAbsent(key, k -> new long[5])[i] += after[i] - before[i];
          }
          last.put(key, after);
          stored[0]++;
          return null;
        });
        return null;
      });
      assertTrue(stored[0] >= acknowledged.size(), stored[0] + " stored, " + acknowledged.size() + " acknowledged");
      // each resident's year to date, as the server answers it, is the sum of their stored settlements
      String[] fields = {"basicPaidFen", "criticalBaseFen", "criticalPaidFen", "aidBaseFen", "aidPaidFen"};
      for (Map.Entry<String, long[]> e : sums.entrySet()) {
        HttpResponse<String> r = send(http, again.port(), "GET",
            "/api/v1/medical-aid/residents/" + e.getKey() + "/year-to-date?year=2026", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode ytd = M.readTree(r.body());
        for (int i = 0; i < 5; i++) {
          assertEquals(e.getValue()[i], ytd.get(fields[i]).asLong(), fields[i] + " of a resident");
          assertEquals(last.get(e.getKey())[i], e.getValue()[i], parts[i] + ": the chain ends where the sum does");
        }
      }
      System.out.println("crash test: " + acknowledged.size() + " acknowledged, " + stored[0] + " stored after SIGKILL");
    } finally {
      again.close();
      if (!c.dbUrl().startsWith("jdbc:postgresql:") && !Boolean.getBoolean("civil.keepCrashData")) {
        deleteQuietly(dir.toFile());
      }
    }
  }

  private static void deleteQuietly(File f) {
    File[] children = f.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteQuietly(child);
      }
    }
    f.delete();
  }
}
