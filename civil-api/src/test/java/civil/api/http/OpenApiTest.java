package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Contract;
import civil.api.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
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

  @Test
  void theDocumentIsValidOpenApiAndEverySchemaNameIsUnique() {
    String json = server.send("GET", "/openapi.json", null, null, null).body();
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, null);
    assertEquals(List.of(), parsed.getMessages());
    JsonNode schemas = server.get("/openapi.json").json().get("components").get("schemas");
    // two records share the simple name AssessmentRequest: each route names its own
    JsonNode paths = server.get("/openapi.json").json().get("paths");
    assertEquals("#/components/schemas/SubsistenceAssessmentRequest", paths.get("/api/v1/subsistence/assessments")
        .get("post").get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText());
    assertEquals("#/components/schemas/NursingHomeAssessmentRequest", paths.get("/api/v1/nursing-homes/{homeId}/assessments")
        .get("post").get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText());
    assertTrue(schemas.get("SubsistenceAssessmentRequest").get("properties").has("members"));
    assertTrue(schemas.get("NursingHomeAssessmentRequest").get("properties").has("vetoes"));
    // an Instant is a date-time string, not an object
    JsonNode audit = schemas.get("SecurityEntryView").get("properties").get("at");
    assertEquals("string", audit.get("type").asText());
    assertEquals("date-time", audit.get("format").asText());
    // a field that must be present though it may be null is required
    assertTrue(schemas.get("AwardRequest").get("required").toString().contains("capPerHomeFen"));
  }

  @Test
  void theContractCheckFindsAnAnswerThatBreaksTheDocument() throws Exception {
    JsonNode doc = server.get("/openapi.json").json();
    Contract contract = new Contract();
    contract.record(new Contract.Exchange("GET", "/api/v1/households/HH-000001", null, 200, "application/json",
        "{\"householdId\": 7}"));
    contract.record(new Contract.Exchange("GET", "/health", null, 500, "application/problem+json", "{}"));
    List<String> violations = contract.violations(doc);
    assertEquals("GET /api/v1/households/HH-000001 → 200 answer: /householdId integer found, string expected",
        violations.get(0));
    assertTrue(violations.stream().anyMatch(v -> v.contains("required property 'members' not found")), violations.toString());
    assertEquals("GET /health → 500: a server error", violations.get(violations.size() - 1));
  }
}
