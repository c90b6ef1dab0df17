package civil.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import civil.api.storage.Database;
import civil.api.testing.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the server leaves on disk, and what it says about its secrets. */
class DataFilesTest {
  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A first start from an empty directory under umask 022, in a process of its own, as an operator would start it. */
  @Test
  void theDataDirectoryIsTheOwnersAloneAndTheGeneratedTokenIsNeverPrinted() throws Exception {
    Path dir = Files.createTempDirectory("civil-files").resolve("data");
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.getParent().resolve("server.log");
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 022 && exec \"$0\" \"$@\"", java,
        "-cp", System.getProperty("java.class.path"), "civil.api.Main", "--port", Integer.toString(port),
        "--data-dir", dir.toString(), "--demo-data=false", "--db-url", Database.h2Url(dir.toString())));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("CIVIL_"));
    Process p = pb.start();
    try {
      awaitHealthy(port, p);
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
      List<String> loose = new ArrayList<>();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
          if (!mode.equals("rw-------")) {
            loose.add(dir.relativize(f) + " " + mode);
          }
        }
      }
      assertEquals(List.of(), loose);
      String token = Files.readString(dir.resolve("admin-token")).strip();
      assertTrue(token.length() >= 16);
      String out = Files.readString(log);
      assertFalse(out.contains(token), "the generated admin token was printed:\n" + out);
      assertTrue(out.contains(dir.resolve("admin-token").toString()), out);
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aRevokedAdminTokenStaysRevokedAcrossARestart() throws Exception {
    TestServer s = TestServer.start();
    assertEquals(204, s.delete("/api/v1/tokens/TK-ADMIN").status());
    assertEquals(401, s.get("/api/v1/households").status());
    s.server().close();
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TestServer.open(s.dataDir(), false));
    assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
  }

  private static void awaitHealthy(int port, Process p) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        fail("the server process exited with " + p.exitValue());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100); // polling the port: there is nothing to wait on across processes
    }
    fail("the server did not answer /health within 60 s");
  }
}
