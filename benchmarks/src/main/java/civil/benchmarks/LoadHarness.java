package civil.benchmarks;

import civil.api.CivilServer;
import civil.api.ServerConfig;
import civil.core.identity.ResidentId;
import civil.core.period.DateRange;
import civil.relief.medical.AidCategory;
import civil.relief.medical.CategoryAssignment;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A load generator over loopback: 32 connections, each a client thread sending its next request
 * as soon as the last is answered, against the real server on its embedded H2 database (or on
 * PostgreSQL when a JDBC URL is given). In the same run it measures a bare Javalin {@code GET}, the
 * server's cheapest route ({@code GET /health}) and one-step settlements with unique bill ids over
 * 2,000 registered residents ({@code POST /api/v1/medical-aid/settlements}: token checked, year to
 * date locked per resident, the settlement and the audit entry committed), and prints requests per
 * second, p50, p99 and the answers that were not the expected status, for each. On PostgreSQL it
 * then starts a second server over the same database and measures settlements sent to the two in
 * turn, beside the one server's figure.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar civil.benchmarks.LoadHarness [connections] [seconds] [jdbc-url user password]</pre>
 */
public final class LoadHarness {
  private static final String TOKEN = "load-harness-admin-token-0123456789";

  private LoadHarness() {}

  record Result(String name, long requests, long errors, double seconds, long[] latenciesNanos, double cpuMillis) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p * latenciesNanos.length) - 1);
      return latenciesNanos[Math.max(0, i)] / 1e6;
    }

    @Override
    public String toString() {
      return String.format("%-12s %8d requests %6d non-2xx %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms"
          + "   cpu %5.2f ms/req", name, requests, errors, perSecond(), percentileMillis(0.50), percentileMillis(0.99),
          percentileMillis(1.0), requests == 0 ? Double.NaN : cpuMillis / requests);
    }
  }

  /** Runs {@code connections} clients for {@code seconds}, the first {@code warmup} seconds not counted. */
  static Result run(String name, int connections, double warmup, double seconds, IntFunction<HttpRequest> next,
      int expectedStatus) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmup * 1e9);
    long end = measureFrom + (long) (seconds * 1e9);
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[connections];
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    AtomicLong sequence = new AtomicLong();
    long[] cpuAtStart = {-1};
    Thread meter = new Thread(() -> {
      // the process's processor time (server and clients together) over the measured seconds
      LockSupport.parkNanos(Math.max(0, measureFrom - System.nanoTime()));
      cpuAtStart[0] = processCpuNanos();
    }, name + "-meter");
    meter.start();
    for (int c = 0; c < connections; c++) {
      long[] mine = new long[4_000_000 / connections];
      latencies.add(mine);
      int id = c;
      Thread t = new Thread(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while (true) {
          long sent = System.nanoTime();
          if (sent >= end) {
            return;
          }
          try {
            HttpResponse<String> r = http.send(next.apply((int) sequence.incrementAndGet()),
                HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - sent;
            if (r.statusCode() != expectedStatus) {
              errors.incrementAndGet();
            } else if (sent >= measureFrom && counts[id] < mine.length) {
              mine[counts[id]++] = took;
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
      }, name + "-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    meter.join();
    double cpuMillis = (processCpuNanos() - cpuAtStart[0]) / 1e6;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(name, total, errors.get(), seconds, all, cpuMillis);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
    Path dir = Files.createTempDirectory("civil-load");
    ServerConfig config = ServerConfig.forTest(dir, TOKEN);
    if (args.length > 4) {
      config = config.withDatabase(args[2], args[3], args[4]);
    }
    CivilServer server = CivilServer.start(config, Clock.system(CivilServer.ZONE),
        cfg -> cfg.routes.get("/ping", ctx -> ctx.result("pong")));
    try {
      int residents = 2_000;
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < residents; i++) {
        ResidentId id = ResidentId.ofFirst17(String.format("4108021970%07d", 1_010_000 + i).substring(0, 17));
        ids.add(id.value());
        server.services().aidCategories().register(id, new CategoryAssignment(
            i % 3 == 0 ? AidCategory.LOW_INCOME : AidCategory.SUBSISTENCE, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
      }
      String base = "http://127.0.0.1:" + server.port();
      URI settle = URI.create(base + "/api/v1/medical-aid/settlements");
      URI ping = URI.create(base + "/ping");
      URI health = URI.create(base + "/health");
      // bill ids differ per run so that a reused PostgreSQL database answers 201, not idempotent replays
      long salt = System.currentTimeMillis();
      IntFunction<HttpRequest> settlement = settlements(List.of(settle), ids, salt);
      IntFunction<HttpRequest> minimal = n -> HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(30)).GET().build();
      IntFunction<HttpRequest> cheapest = n -> HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).GET().build();

      System.out.printf("load over loopback: %d connections, %.0f s measured after %.0f s warm-up, %d cores, %s%n",
          connections, seconds, 5.0, Runtime.getRuntime().availableProcessors(),
          config.dbUrl().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2 at " + dir);
      Result reference = run("GET /ping", connections, 5, seconds, minimal, 200);
      System.out.println(reference);
      Result healthy = run("GET /health", connections, 5, seconds, cheapest, 200);
      System.out.println(healthy);
      Result settlements = run("settlements", connections, 5, seconds, settlement, 201);
      System.out.println(settlements);
      System.out.printf("settlements reach %.1f%% of GET /health's throughput and %.1f%% of the bare GET's;"
          + " p99 %.2f ms against %.2f ms for /health%n", 100 * settlements.perSecond() / healthy.perSecond(),
          100 * settlements.perSecond() / reference.perSecond(), settlements.percentileMillis(0.99),
          healthy.percentileMillis(0.99));
      if (config.dbUrl().startsWith("jdbc:postgresql:")) {
        // a second server over the same database, in this process; clients alternate between the two
        ServerConfig secondConfig = ServerConfig.forTest(Files.createTempDirectory("civil-load-2"), TOKEN)
            .withDatabase(config.dbUrl(), config.dbUser(), config.dbPassword());
        CivilServer second = CivilServer.start(secondConfig, Clock.system(CivilServer.ZONE), cfg -> { });
        try {
          URI settleTwo = URI.create("http://127.0.0.1:" + second.port() + "/api/v1/medical-aid/settlements");
          Result two = run("2 servers", connections, 5, seconds, settlements(List.of(settle, settleTwo), ids, salt + 1), 201);
          System.out.println(two);
          System.out.printf("two servers over one PostgreSQL settle %.0f req/s together, %.2f× one server's %.0f req/s%n",
              two.perSecond(), two.perSecond() / settlements.perSecond(), settlements.perSecond());
        } finally {
          second.close();
        }
      }
    } finally {
      server.close();
    }
  }

  /** Settlement requests with unique bill ids over the registered residents, sent to the servers in turn. */
  private static IntFunction<HttpRequest> settlements(List<URI> servers, List<String> ids, long salt) {
    return n -> {
      SplittableRandom rnd = new SplittableRandom(n);
      long inScope = rnd.nextLong(10_000, 5_000_000);
      String body = "{\"billId\": \"L-" + salt + "-" + n + "\", \"residentId\": \"" + ids.get(rnd.nextInt(ids.size()))
          + "\", \"hospitalLevel\": \"SECONDARY\", \"careType\": \"INPATIENT\", \"settledOn\": \"2026-04-01\","
          + " \"totalFen\": " + (inScope + rnd.nextLong(0, 200_000)) + ", \"inScopeFen\": " + inScope + "}";
      return HttpRequest.newBuilder(servers.get(n % servers.size())).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    };
  }
}
