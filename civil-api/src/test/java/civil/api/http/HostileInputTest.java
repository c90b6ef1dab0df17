package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * At least 5,000 generated malformed or adversarial requests across every route: wrong types,
 * missing and unknown fields, huge numbers, negative money, bad IDs and check characters, unknown
 * enum values, deep nesting, invalid UTF-8, wrong content types, oversized bodies, hostile path
 * and query parameters, and seeded random JSON. Every answer is problem+json with a 4xx status
 * (the exact one where the kind of fault decides it), and the database is unchanged.
 *
 * <p>Each request is built from a well-formed template of the route's request shape (by reflection
 * on its record type) with exactly one fault that makes it invalid, so none can be stored.
 */
class HostileInputTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper M = new ObjectMapper();
  private static final String RESIDENT = "410802198005010013";
  private static final String CREDIT = CreditCode.ofFirst17("91410802000000009").value();
  private static TestServer server;
  private static final Map<String, String> ids = new TreeMap<>();
  private static int sent;
  private static final Map<Integer, Integer> statuses = new TreeMap<>();

  @BeforeAll
  static void start() {
    server = TestServer.start();
    // a few stored things, so path ids that exist lead requests past the 404 to the body checks
    ids.put("householdId", server.post("/api/v1/households", "{\"subdistrict\": \"410802001\", \"registeredOn\":"
        + " \"2026-01-02\", \"household\": {\"areaType\": \"URBAN\", \"disqualifyingAssets\": false, \"singleParentOrOrphan\": false, \"members\": [{\"residentId\": \"" + RESIDENT + "\","
        + " \"monthlyIncomeFen\": 0, \"financialAssetsFen\": 0, \"severelyDisabled\": false, \"seriouslyIll\": false}]}}").json().get("householdId").asText());
    ids.put("itemId", server.post("/api/v1/supplies/items", "{\"name\": \"帐篷\", \"unit\": \"TENT\", \"category\": \"TENT\"}")
        .json().get("itemId").asText());
    ids.put("campaignId", server.post("/api/v1/charity/campaigns", "{\"name\": \"爱心一日捐\", \"startsOn\": \"2026-05-01\"}")
        .json().get("campaignId").asText());
    ids.put("homeId", server.post("/api/v1/nursing-homes", "{\"name\": \"敬老院\", \"subdistrict\": \"410802001\","
        + " \"totalBeds\": 10}").json().get("homeId").asText());
    ids.put("centreId", server.post("/api/v1/day-care/centres", "{\"name\": \"日托\", \"subdistrict\": \"410802001\","
        + " \"capacity\": 5, \"openedOn\": \"2026-01-05\"}").json().get("centreId").asText());
    ids.put("residentId", RESIDENT);
    ids.put("month", "2026-03");
    ids.put("period", "2026-H1");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  // templates ------------------------------------------------------------------------------------

  private static JsonNode template(Type type, String name) {
    Class<?> raw = raw(type);
    if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
      Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return template(inner, name);
      }
      ArrayNode a = F.arrayNode();
      a.add(template(inner, name));
      return a;
    }
    if (raw == String.class) {
      return F.textNode(text(name));
    }
    if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
      return F.numberNode(1);
    }
    if (raw == BigDecimal.class) {
      return F.numberNode(BigDecimal.ONE);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return F.booleanNode(false);
    }
    if (raw == LocalDate.class) {
      return F.textNode("2026-03-02");
    }
    if (raw.isEnum()) {
      return F.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
    }
    if (raw.isRecord()) {
      ObjectNode o = F.objectNode();
      for (RecordComponent c : raw.getRecordComponents()) {
        o.set(c.getName(), template(c.getGenericType(), c.getName()));
      }
      return o;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return F.objectNode();
    }
    throw new IllegalStateException("no template for " + type);
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }

  private static String text(String name) {
    String n = name.toLowerCase();
    if (n.contains("residentid")) {
      return RESIDENT;
    }
    if (n.contains("creditcode")) {
      return CREDIT;
    }
    if (n.contains("subdistrict")) {
      return "410802001";
    }
    if (n.contains("community")) {
      return "410802001001";
    }
    if (n.equals("period")) {
      return "2026-H1";
    }
    if (n.equals("month")) {
      return "2026-03";
    }
    return ids.getOrDefault(name, "测试");
  }

  // faults ---------------------------------------------------------------------------------------

  /** A body with one fault, and the statuses it may get. */
  private record Faulty(String label, byte[] body, String contentType, Set<Integer> expected) {}

  private static final Set<Integer> INVALID = Set.of(400);
  private static final Set<Integer> REFUSED = Set.of(400, 404, 409, 422);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> wrongValues(Class<?> raw, String name) {
    List<JsonNode> v = new ArrayList<>(List.of(F.objectNode(), F.arrayNode()));
    if (raw == String.class) {
      String n = name.toLowerCase();
      if (n.contains("residentid")) {
        v.addAll(List.of(F.textNode("410802198005010014"), F.textNode("41080219800501001"), F.textNode("41080219800501001X"),
            F.textNode("4108021980050100１3"), F.textNode(""), F.textNode("410802199902300013")));
      } else if (n.contains("subdistrict") || n.contains("community")) {
        v.addAll(List.of(F.textNode("4108020"), F.textNode("abcdefghi"), F.textNode("")));
      } else if (n.contains("creditcode")) {
        v.addAll(List.of(F.textNode("91350100M000100Y44"), F.textNode("9135010OM000100Y43"), F.textNode("x")));
      } else if (n.equals("period")) {
        v.addAll(List.of(F.textNode("2026-H3"), F.textNode("2026H1"), F.textNode("-H1")));
      } else if (n.equals("month")) {
        v.addAll(List.of(F.textNode("2026-13"), F.textNode("2026-3")));
      }
    } else if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
      v.addAll(List.of(F.textNode("abc"), F.booleanNode(true), F.numberNode(new BigDecimal("1e400")),
          F.numberNode(new BigDecimal("99999999999999999999999")), F.numberNode(new BigDecimal("1.5"))));
      if (name.endsWith("Fen")) {
        v.addAll(List.of(F.numberNode(-1), F.numberNode(Long.MIN_VALUE)));
      }
    } else if (raw == BigDecimal.class) {
      v.addAll(List.of(F.textNode("abc"), F.booleanNode(true), F.numberNode(new BigDecimal("1e999999")),
          F.numberNode(new BigDecimal("-1e999999")), F.numberNode(new BigDecimal("-5")), F.numberNode(new BigDecimal("0.0001"))));
    } else if (raw == Boolean.class || raw == boolean.class) {
      v.addAll(List.of(F.textNode("yes"), F.numberNode(1)));
    } else if (raw == LocalDate.class) {
      v.addAll(List.of(F.textNode("2026-02-30"), F.textNode("yesterday"), F.numberNode(20260101), F.textNode("2026-13-01"),
          F.textNode("+99999-01-01"), F.textNode("2026-1-1")));
    } else if (raw.isEnum()) {
      v.addAll(List.of(F.textNode("NOT_A_VALUE"), F.textNode(((Enum<?>) raw.getEnumConstants()[0]).name().toLowerCase()),
          F.numberNode(0)));
    } else if (Collection.class.isAssignableFrom(raw)) {
      v.set(1, F.textNode("x"));
      ArrayNode withNull = F.arrayNode();
      withNull.addNull();
      v.add(withNull);
    }
    return v;
  }

  private static List<Faulty> faults(Class<?> request) {
    List<Faulty> out = new ArrayList<>();
    ObjectNode template = (ObjectNode) template(request, "");
    ObjectNode unknown = template.deepCopy();
    unknown.put("zzUnknownField", 1);
    out.add(new Faulty("unknown field", utf8(unknown.toString()), "application/json", INVALID));
    for (RecordComponent c : request.getRecordComponents()) {
      Class<?> raw = c.getType();
      String name = c.getName();
      if (raw != Optional.class && !raw.isPrimitive()) {
        ObjectNode missing = template.deepCopy();
        missing.remove(name);
        out.add(new Faulty("missing " + name, utf8(missing.toString()), "application/json", INVALID));
        ObjectNode nulled = template.deepCopy();
        nulled.putNull(name);
        out.add(new Faulty("null " + name, utf8(nulled.toString()), "application/json", INVALID));
      }
      Type type = c.getGenericType();
      Class<?> valueType = raw == Optional.class ? raw(((ParameterizedType) type).getActualTypeArguments()[0]) : raw;
      for (JsonNode wrong : wrongValues(valueType, name)) {
        ObjectNode bad = template.deepCopy();
        bad.set(name, wrong);
        // a value of the right JSON type that a rule refuses may meet a 404 or 422 first
        boolean typeError = wrong.isObject() || wrong.isArray() && !Collection.class.isAssignableFrom(valueType)
            || wrong.isBoolean() && valueType != Boolean.class && valueType != boolean.class;
        out.add(new Faulty("bad " + name + "=" + abbreviate(wrong.toString()), utf8(bad.toString()), "application/json",
            typeError ? INVALID : REFUSED));
      }
      // one level down: the fields of nested records and of the records in lists
      Type inner = raw == Optional.class || Collection.class.isAssignableFrom(raw)
          ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
      Class<?> innerRaw = raw(inner);
      if (innerRaw.isRecord()) {
        for (RecordComponent ic : innerRaw.getRecordComponents()) {
          Class<?> icRaw = ic.getType() == Optional.class
              ? raw(((ParameterizedType) ic.getGenericType()).getActualTypeArguments()[0]) : ic.getType();
          for (JsonNode wrong : wrongValues(icRaw, ic.getName())) {
            ObjectNode bad = template.deepCopy();
            JsonNode holder = bad.get(name);
            ObjectNode target = (ObjectNode) (holder.isArray() ? holder.get(0) : holder);
            target.set(ic.getName(), wrong);
            out.add(new Faulty("bad " + name + "." + ic.getName(), utf8(bad.toString()), "application/json", REFUSED));
          }
        }
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }

  /** Faults of the body as a whole, the same for every route that takes one. */
  private static List<Faulty> bodyFaults(int route) {
    List<Faulty> out = new ArrayList<>();
    for (String broken : List.of("{", "{\"a\":}", "nul", "{\"a\" 1}", "{'a': 1}", "{\"a\": 1,}", "[]", "\"text\"", "1",
        "null", "true", "{\"a\": NaN}")) {
      out.add(new Faulty("malformed " + broken, utf8(broken), "application/json", INVALID));
    }
    out.add(new Faulty("deep array", utf8("[".repeat(50_000)), "application/json", INVALID));
    out.add(new Faulty("deep object", utf8("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)), "application/json",
        INVALID));
    out.add(new Faulty("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
        "application/json", INVALID));
    out.add(new Faulty("invalid UTF-8 key", new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'},
        "application/json", INVALID));
    out.add(new Faulty("empty body", new byte[0], "application/json", INVALID));
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
        "text/json", "application/octet-stream")) {
      out.add(new Faulty("content type " + type, utf8("{}"), type, Set.of(415)));
    }
    out.add(new Faulty("no content type", utf8("{}"), null, Set.of(415)));
    if (route % 10 == 0) {
      byte[] huge = new byte[(1 << 20) + 10];
      Arrays.fill(huge, (byte) ' ');
      huge[0] = '{';
      huge[huge.length - 1] = '}';
      out.add(new Faulty("over 1 MiB", huge, "application/json", Set.of(413)));
    }
    return out;
  }

  private static final List<String> HOSTILE_IDS = List.of("NOPE", "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(3_000),
      "%E6%B5%8B%E8%AF%95", "'%20OR%201=1%20--", "%3Cscript%3E", "-1", "9".repeat(40));

  private static String fill(String path, String hostile) {
    String p = path;
    while (p.contains("{")) {
      int open = p.indexOf('{');
      int close = p.indexOf('}', open);
      String name = p.substring(open + 1, close);
      String value = hostile != null ? hostile : ids.getOrDefault(name, "NOPE");
      p = p.substring(0, open) + value + p.substring(close + 1);
    }
    return p;
  }

  private static void expect(String what, Response r, Set<Integer> expected) {
    sent++;
    statuses.merge(r.status(), 1, Integer::sum);
    assertTrue(r.status() < 500, what + " → " + r);
    assertTrue(expected.contains(r.status()), what + " → " + r + ", expected one of " + expected);
    assertTrue(r.contentType().startsWith("application/problem+json"), what + " → " + r);
    JsonNode p;
    try {
      p = M.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError(what + " → unreadable problem " + r, e);
    }
    assertEquals(r.status(), p.get("status").asInt(), what + " → " + r);
    assertTrue(p.hasNonNull("code") && p.hasNonNull("title") && p.hasNonNull("type"), what + " → " + r);
  }

  private static Response send(String what, Route route, String path, byte[] body, String contentType) {
    try {
      return server.send(route.method().name(), path, body, TestServer.ADMIN, contentType, null);
    } catch (RuntimeException closed) {
      // the web server closes the connection after answering a request it refused at the HTTP
      // level; a client may find that out only when it sends the next one on it, so it tries again
      try {
        return server.send(route.method().name(), path, body, TestServer.ADMIN, contentType, null);
      } catch (RuntimeException e) {
        throw new AssertionError(what + ": no answer", e);
      }
    }
  }

  @Test
  void thousandsOfHostileRequestsGetProblemsAndChangeNothing() throws Exception {
    String before = Snapshot.of(server.server().database());
    List<Route> routes = server.server().routes().routes().stream().filter(r -> r.path().startsWith("/api/v1/"))
        .filter(r -> !r.path().startsWith("/api/v1/tokens")).toList();
    int n = 0;
    for (Route route : routes) {
      n++;
      String path = fill(route.path(), null);
      boolean takesBody = route.request() != Void.class;
      if (takesBody) {
        List<Faulty> all = new ArrayList<>(faults(route.request()));
        all.addAll(bodyFaults(n));
        for (Faulty f : all) {
          String what = route.method() + " " + route.path() + " " + f.label();
          expect(what, send(what, route, path, f.body(), f.contentType()), f.expected());
        }
      }
      if (route.path().contains("{")) {
        for (String hostile : HOSTILE_IDS) {
          byte[] body = takesBody ? utf8("{\"zzUnknownField\": 1}") : null;
          String what = route.method() + " " + route.path() + " id " + abbreviate(hostile);
          expect(what, send(what, route, fill(route.path(), hostile), body, takesBody ? "application/json" : null),
              Set.of(400, 404));
        }
      }
      // query parameters are read by reads; a write without a body (a reversal, a publication) with
      // valid ids is a legitimate write whatever its query says, so it is not probed here
      if (!takesBody && route.method().name().equals("GET")) {
        for (String query : List.of("?from=x&to=2026-01-01", "?from=2026-02-30&to=2026-03-01", "?year=abc",
            "?year=99999999999999", "?month=2026-13", "?date=yesterday", "?from=2026-03-01&to=2026-01-01",
            "?status=SOMETIMES", "?from=2026-01-01")) {
          Response r = send(route.path() + query, route, path + query, null, null);
          if (r.status() == 200) {
            continue; // a route that does not read this parameter
          }
          expect(route.method() + " " + route.path() + query, r, Set.of(400, 404));
        }
      }
    }
    // seeded random JSON for the routes that take a body, until well past 5,000 requests
    SplittableRandom rnd = new SplittableRandom(20261128);
    List<Route> writes = routes.stream().filter(r -> r.request() != Void.class).toList();
    while (sent < 6_000) {
      Route route = writes.get(rnd.nextInt(writes.size()));
      ObjectNode doc = F.objectNode();
      for (int i = rnd.nextInt(1, 6); i > 0; i--) {
        doc.set("zz" + Integer.toString(rnd.nextInt(1 << 20), 36), randomValue(rnd, 3));
      }
      String what = "random JSON to " + route.path() + " " + abbreviate(doc.toString());
      expect(what, send(what, route, fill(route.path(), null), utf8(doc.toString()), "application/json"), INVALID);
    }
    assertTrue(sent >= 5_000, "only " + sent + " requests");
    assertEquals(before, Snapshot.of(server.server().database()), "a hostile request changed the database");
    System.out.println("hostile requests: " + sent + " by status " + statuses);
  }

  private static JsonNode randomValue(SplittableRandom rnd, int depth) {
    switch (rnd.nextInt(depth > 0 ? 8 : 6)) {
      case 0:
        return F.numberNode(rnd.nextLong());
      case 1:
        return F.textNode(Long.toString(rnd.nextLong(), 36));
      case 2:
        return F.booleanNode(rnd.nextBoolean());
      case 3:
        return F.nullNode();
      case 4:
        return F.numberNode(new BigDecimal(rnd.nextDouble() * 1e6));
      case 5:
        return F.textNode("410802" + rnd.nextInt(100_000_000, 999_999_999) + "123");
      case 6: {
        ArrayNode a = F.arrayNode();
        for (int i = rnd.nextInt(4); i > 0; i--) {
          a.add(randomValue(rnd, depth - 1));
        }
        return a;
      }
      default: {
        ObjectNode o = F.objectNode();
        for (int i = rnd.nextInt(4); i > 0; i--) {
          o.set("k" + i, randomValue(rnd, depth - 1));
        }
        return o;
      }
    }
  }
}
