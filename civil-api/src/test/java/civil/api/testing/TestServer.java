package civil.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.api.CivilServer;
import civil.api.ServerConfig;
import civil.api.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real server for end-to-end tests: started on a free port of 127.0.0.1 with a fresh H2
 * database in a temporary directory (or PostgreSQL when {@code CIVIL_TEST_DB_URL} is set), and an
 * HTTP client that talks to it with the administrator's token unless told otherwise.
 */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN = "test-admin-token-0123456789";

  private final Path dataDir;
  private final boolean demo;
  /**
   * The instant every test server reads as "now": 2026-11-30 10:00 in Shanghai, a fixed
   * {@link Clock} so that no test depends on the day it runs.
   */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), CivilServer.ZONE);

  private CivilServer server;
  private final Contract contract = new Contract();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Clock clock;

  private TestServer(Path dataDir, boolean demo, Clock clock) {
    this.dataDir = dataDir;
    this.demo = demo;
    this.clock = clock;
  }

  private TestServer(Path dataDir, boolean demo) {
    this(dataDir, demo, CLOCK);
  }

  /** Starts a server on a new, empty database, reading "now" from {@code clock}. */
  public static TestServer start(Clock clock) {
    try {
      TestServer t = new TestServer(Files.createTempDirectory("civil-test"), false, clock);
      t.boot(true);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a server on a new, empty database. */
  public static TestServer start() {
    return start(false);
  }

  /** Starts a server on a new database, with the district's demo data when {@code demo}. */
  public static TestServer start(boolean demo) {
    try {
      TestServer t = new TestServer(Files.createTempDirectory("civil-test"), demo);
      t.boot(true);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The configuration a test server of {@code dataDir} uses: H2 in that directory, or the
   * PostgreSQL test database, emptied first when {@code fresh}. For tests that write a database
   * themselves before a server opens it with {@link #open}.
   */
  public static ServerConfig configFor(Path dataDir, boolean demo, boolean fresh) {
    ServerConfig c = new TestServer(dataDir, demo).config();
    if (fresh) {
      PostgresReset.resetIfPostgres(c);
    }
    return c;
  }

  /** Starts a server on the database that {@link #configFor} names, as it is (nothing emptied). */
  public static TestServer open(Path dataDir, boolean demo) {
    TestServer t = new TestServer(dataDir, demo);
    t.boot(false);
    return t;
  }

  private ServerConfig config() {
    ServerConfig c = ServerConfig.forTest(dataDir, ADMIN).withDemoData(demo);
    String url = System.getenv("CIVIL_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      c = c.withDatabase(url, System.getenv().getOrDefault("CIVIL_TEST_DB_USER", ""),
          System.getenv().getOrDefault("CIVIL_TEST_DB_PASSWORD", ""));
    }
    return c;
  }

  private void boot(boolean fresh) {
    if (fresh) {
      PostgresReset.resetIfPostgres(config());
    }
    server = CivilServer.start(config(), clock);
  }

  /** Stops the server and starts it again on the same data. */
  public void restart() {
    server.close();
    boot(false);
  }

  public CivilServer server() {
    return server;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public Response get(String path) {
    return send("GET", path, null, ADMIN, "application/json");
  }

  public Response post(String path, String json) {
    return send("POST", path, json, ADMIN, "application/json");
  }

  public Response put(String path, String json) {
    return send("PUT", path, json, ADMIN, "application/json");
  }

  public Response delete(String path) {
    return send("DELETE", path, null, ADMIN, "application/json");
  }

  /** Any request: {@code token} null for none, {@code contentType} null for none. */
  public Response send(String method, String path, String body, String token, String contentType) {
    return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), token, contentType, null);
  }

  public Response send(String method, String path, byte[] body, String token, String contentType, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null && body != null) {
      b.header("Content-Type", contentType);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Response response = new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
      contract.record(new Contract.Exchange(method, path, body == null ? null : new String(body, StandardCharsets.UTF_8),
          response.status(), response.contentType(), response.body()));
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks every exchange so far against the served {@code /openapi.json} (see {@link Contract}),
   * then stops the server; a violation fails the test that closes it.
   */
  @Override
  public void close() {
    List<String> violations;
    try {
      violations = contract.violations(Json.mapper().readTree(
          send("GET", "/openapi.json", null, null, null).body()));
    } catch (IOException e) {
      server.close();
      throw new UncheckedIOException(e);
    }
    server.close();
    if (!violations.isEmpty()) {
      throw new AssertionError(violations.size() + " of " + contract.size()
          + " exchanges break /openapi.json:\n" + String.join("\n", violations.subList(0, Math.min(40, violations.size()))));
    }
  }

  /** How many exchanges the contract check has recorded. */
  public int exchanges() {
    return contract.size();
  }

  /** The body of {@code r} as JSON, once its status is checked to be {@code status}. */
  public static JsonNode ok(int status, Response r) {
    assertEquals(status, r.status(), r.toString());
    return r.json();
  }

  /** An answer: status, content type and body. */
  public record Response(int status, String contentType, String body) {
    public JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
    }
  }
}
