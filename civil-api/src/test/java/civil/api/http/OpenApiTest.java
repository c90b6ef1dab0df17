package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRegisteredRouteIsDescribedWithItsShapes() {
    TestServer.Response r = server.send("GET", "/openapi.json", null, null, null);
    assertEquals(200, r.status());
    JsonNode doc = r.json();
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    int routes = 0;
    for (ParsedEndpoint e : server.server().javalin().unsafe.internalRouter.allHttpHandlers()) {
      String method = e.endpoint.method.name().toLowerCase(Locale.ROOT);
      JsonNode op = doc.get("paths").path(e.endpoint.path).path(method);
      assertTrue(op.isObject(), "missing from openapi.json: " + method + " " + e.endpoint.path);
      assertTrue(op.has("responses") && op.has("summary"), e.endpoint.path);
      routes++;
    }
    assertEquals(server.server().routes().routes().size(), routes);
    JsonNode settle = doc.get("paths").get("/api/v1/medical-aid/settlements").get("post");
    assertEquals("#/components/schemas/BillRequest",
        settle.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText());
    JsonNode bill = doc.get("components").get("schemas").get("BillRequest").get("properties");
    assertEquals("integer", bill.get("totalFen").get("type").asText());
    assertTrue(doc.get("components").get("schemas").has("SettlementView"));
  }
}
