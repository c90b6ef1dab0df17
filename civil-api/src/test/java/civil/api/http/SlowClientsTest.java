package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.api.testing.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that open connections and then stall (half a request line, headers without an end, a
 * body promised and never sent) do not keep others out: the web server parses without a thread per
 * connection, so a well-behaved client is answered while 300 stalled ones hang on.
 */
class SlowClientsTest {
  @Test
  void stalledConnectionsDoNotStarveOtherClients() throws IOException {
    try (TestServer server = TestServer.start()) {
      List<Socket> stalled = new ArrayList<>();
      try {
        String[] partial = {
            "GET /api/v1/hous",
            "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
            "POST /api/v1/medical-aid/settlements HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + TestServer.ADMIN + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"billId\": "};
        for (int i = 0; i < 300; i++) {
          Socket s = new Socket("127.0.0.1", server.server().port());
          OutputStream out = s.getOutputStream();
          out.write(partial[i % partial.length].getBytes(StandardCharsets.UTF_8));
          out.flush();
          stalled.add(s);
        }
        // each would time out (30 s) if the stalled connections had taken every thread
        for (int i = 0; i < 20; i++) {
          assertEquals(200, server.get("/health").status());
          assertEquals(200, server.get("/api/v1/households").status());
        }
      } finally {
        for (Socket s : stalled) {
          s.close();
        }
      }
    }
  }
}
