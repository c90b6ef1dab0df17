package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role matrix route by route (from the route table itself, so a new route is covered the day
 * it is added), token issue and revocation, and the audit log.
 */
class SecurityApiTest {
  private static final String RESIDENT = "410802198005010013";
  private static TestServer server;
  private static final Map<Role, String> tokens = new EnumMap<>(Role.class);

  @BeforeAll
  static void start() {
    server = TestServer.start();
    assertEquals(201, server.post("/api/v1/hospitals", "{\"hospitalCode\": \"H41080200001\", \"name\": \"解放区人民医院\","
        + " \"level\": \"SECONDARY\", \"designatedFrom\": \"2026-01-01\", \"designatedTo\": null}").status());
    for (Role role : List.of(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR)) {
      String hospital = role == Role.HOSPITAL ? ", \"hospitalCode\": \"H41080200001\"" : "";
      JsonNode issued = server.post("/api/v1/tokens", "{\"role\": \"" + role + "\", \"label\": \"" + role + " desk\""
          + hospital + "}").json();
      assertEquals(role.name(), issued.get("role").asText());
      tokens.put(role, issued.get("token").asText());
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<Route> apiRoutes() {
    return server.server().routes().routes().stream().filter(r -> r.path().startsWith("/api/v1/")).toList();
  }

  /** The route's path with every parameter filled with an id nothing has. */
  private static String concrete(Route r) {
    return r.path().replaceAll("\\{[^}]+}", "NOPE");
  }

  private static Response call(Route r, String token) {
    String body = r.method().name().equals("GET") || r.method().name().equals("DELETE") ? null : "{}";
    return server.send(r.method().name(), concrete(r), body, token, body == null ? null : "application/json");
  }

  @Test
  void everyApiRouteWithoutATokenOrWithABadOneIsA401() {
    String before = Snapshot.of(server.server().database());
    assertTrue(apiRoutes().size() > 80, "the route table lists " + apiRoutes().size() + " routes");
    for (Route r : apiRoutes()) {
      for (String token : new String[] {null, "not-a-token", tokens.get(Role.CASEWORKER) + "x"}) {
        Response answer = call(r, token);
        assertEquals(401, answer.status(), r.method() + " " + r.path() + " with " + token + ": " + answer);
        assertTrue(answer.isProblem(), answer.toString());
        assertEquals("UNAUTHENTICATED", answer.json().get("code").asText());
      }
    }
    assertEquals(before, Snapshot.of(server.server().database()));
  }

  @Test
  void eachRoleIsForbiddenExactlyWhereTheMatrixSays() {
    String before = Snapshot.of(server.server().database());
    int forbidden = 0;
    for (Route r : apiRoutes()) {
      assertTrue(r.roles().contains(Role.ADMIN), r.path() + " must allow ADMIN");
      for (Map.Entry<Role, String> t : tokens.entrySet()) {
        Response answer = call(r, t.getValue());
        String where = t.getKey() + " on " + r.method() + " " + r.path() + ": " + answer;
        if (r.roles().contains(t.getKey())) {
          assertNotEquals(401, answer.status(), where);
          assertNotEquals(403, answer.status(), where);
        } else {
          forbidden++;
          assertEquals(403, answer.status(), where);
          assertTrue(answer.isProblem(), where);
          assertEquals("FORBIDDEN", answer.json().get("code").asText(), where);
        }
      }
    }
    assertTrue(forbidden > 100, "only " + forbidden + " forbidden pairs");
    // the refused calls changed nothing; the allowed ones were all refused further on (no such id, no body)
    assertEquals(before, Snapshot.of(server.server().database()));
  }

  @Test
  void theMatrixFollowsTheSpec() {
    for (Route r : apiRoutes()) {
      Set<Role> roles = r.roles();
      String path = r.path();
      // the routes that compute and store nothing are reads too
      boolean read = r.method().name().equals("GET") || r.summary().contains("(stores nothing)");
      if (path.startsWith("/api/v1/tokens") && !read) {
        assertEquals(Set.of(Role.ADMIN), roles, path);
      } else if (path.startsWith("/api/v1/audit") || path.startsWith("/api/v1/tokens")) {
        assertEquals(Set.of(Role.AUDITOR, Role.ADMIN), roles, path);
      } else {
        // auditors read everything and write nothing; caseworkers do all casework
        assertEquals(read, roles.contains(Role.AUDITOR), path);
        assertTrue(roles.contains(Role.CASEWORKER), path);
        // hospitals settle, trial-settle, reverse, read year to date, reconcile and read their statements
        // and their registry entry, and nothing else (they draw, approve and pay no statement, and
        // neither export the district's bills nor simulate policies)
        boolean districtWide = path.equals("/api/v1/medical-aid/settlements/export") || path.equals("/api/v1/medical-aid/simulations");
        boolean hospital = !districtWide
            && (path.startsWith("/api/v1/medical-aid/") && (read || !path.startsWith("/api/v1/medical-aid/clearings"))
                || path.startsWith("/api/v1/hospitals") && read);
        assertEquals(hospital, roles.contains(Role.HOSPITAL), r.method() + " " + path);
      }
    }
  }

  @Test
  void anIssuedTokenWorksUntilItIsRevokedAndIsStoredOnlyHashed() {
    JsonNode issued = server.post("/api/v1/tokens", "{\"role\": \"HOSPITAL\", \"label\": \"市人民医院\","
        + " \"hospitalCode\": \"H41080200001\"}").json();
    String token = issued.get("token").asText();
    String id = issued.get("tokenId").asText();
    assertTrue(token.length() >= 32, token);
    String ytd = "/api/v1/medical-aid/residents/" + RESIDENT + "/year-to-date?year=2026";
    assertEquals(200, server.send("GET", ytd, null, token, null).status());
    assertFalse(Snapshot.of(server.server().database()).contains(token), "the token is kept in clear");
    JsonNode listed = server.get("/api/v1/tokens").json();
    assertFalse(listed.toString().contains(token));
    assertTrue(listed.toString().contains(id));
    assertEquals(403, server.send("DELETE", "/api/v1/tokens/" + id, null, tokens.get(Role.CASEWORKER), null).status());
    assertEquals(204, server.delete("/api/v1/tokens/" + id).status());
    Response after = server.send("GET", ytd, null, token, null);
    assertEquals(401, after.status(), after.toString());
    assertEquals(404, server.delete("/api/v1/tokens/TK-NOPE").status());
    assertEquals(400, server.post("/api/v1/tokens", "{\"role\": \"ROOT\", \"label\": \"x\"}").status());
  }

  @Test
  void everyWriteIsAuditedByTokenIdWithResidentIdsMaskedAndOnlyAuditorsReadIt() {
    String caseworker = tokens.get(Role.CASEWORKER);
    Response put = server.send("PUT", "/api/v1/residents/" + RESIDENT + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-01-01\", \"to\": null}", caseworker, "application/json");
    assertEquals(200, put.status(), put.toString());
    Response refused = server.send("PUT", "/api/v1/residents/" + RESIDENT + "/aid-category",
        "{\"category\": \"SUBSISTENCE\", \"from\": \"2026-02-01\", \"to\": null}", caseworker, "application/json");
    assertEquals(409, refused.status());
    String today = LocalDate.now(TestServer.CLOCK).toString();
    String query = "/api/v1/audit?from=" + LocalDate.parse(today).minusDays(1) + "&to=" + today + "&limit=1000";
    Response audit = server.send("GET", query, null, tokens.get(Role.AUDITOR), null);
    assertEquals(200, audit.status(), audit.toString());
    assertFalse(audit.body().contains(RESIDENT), "an unmasked resident ID in the audit log");
    assertFalse(audit.body().contains(caseworker), "a token in the audit log");
    JsonNode mine = null;
    JsonNode conflict = null;
    for (JsonNode e : audit.json().get("entries")) {
      if (e.get("route").asText().equals("/api/v1/residents/{residentId}/aid-category")) {
        if (e.get("status").asInt() == 200) {
          mine = e;
        } else if (e.get("status").asInt() == 409) {
          conflict = e;
        }
      }
    }
    assertTrue(mine != null && conflict != null, audit.body());
    assertEquals("PUT", mine.get("method").asText());
    assertTrue(mine.get("tokenId").asText().startsWith("TK-"), mine.toString());
    assertTrue(mine.get("target").asText().contains("410802********0013"), mine.toString());
    assertEquals("OK", mine.get("outcome").asText());
    assertNotEquals("OK", conflict.get("outcome").asText(), conflict.toString());
    assertEquals(mine.get("tokenId"), conflict.get("tokenId"));
    assertEquals(403, server.send("GET", query, null, caseworker, null).status());
    assertEquals(403, server.send("GET", query, null, tokens.get(Role.HOSPITAL), null).status());
    assertEquals(200, server.get(query).status());
  }

  @Test
  void theAuditEntryOfACreatingWriteNamesWhatItCreated() {
    Response household = server.send("POST", "/api/v1/households", "{\"subdistrict\": \"410802001\", \"registeredOn\":"
        + " \"2026-01-02\", \"household\": {\"areaType\": \"URBAN\", \"disqualifyingAssets\": false,"
        + " \"singleParentOrOrphan\": false, \"members\": [{\"residentId\": \"410802195001010012\","
        + " \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0, \"severelyDisabled\": false, \"seriouslyIll\": false}]}}",
        tokens.get(Role.CASEWORKER), "application/json");
    assertEquals(201, household.status(), household.toString());
    String id = household.json().get("householdId").asText();
    String today = LocalDate.now(TestServer.CLOCK).toString();
    JsonNode entries = server.get("/api/v1/audit?from=" + today + "&to=" + today + "&limit=1000").json().get("entries");
    JsonNode created = null;
    for (JsonNode e : entries) {
      if (e.get("route").asText().equals("/api/v1/households") && e.get("status").asInt() == 201) {
        created = e;
      }
    }
    assertTrue(created != null, entries.toString());
    assertEquals("/api/v1/households created " + id, created.get("target").asText());
  }

  @Test
  void healthAndTheOpenApiDocumentNeedNoToken() {
    assertEquals(200, server.send("GET", "/health", null, null, null).status());
    assertEquals(200, server.send("GET", "/openapi.json", null, null, null).status());
  }
}
