package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.testing.Snapshot;
import civil.api.testing.TestServer;
import civil.api.testing.TestServer.Response;
import civil.core.identity.ResidentId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sequences, not single requests: a seeded random walk over every write route with requests that
 * are well-formed JSON of the route's shape but whose values are drawn from the edges (amounts at
 * and past the bounds, negative take-backs, dates far back and ahead, residents shared between
 * households, ids that exist and ids that do not, names with hidden characters), every other step
 * with ordinary values so that the walk reaches deeper states, and the writes without a body
 * (approvals, reversals, deletions) among them. After every
 * refused request the database is exactly as before it; no request gets a 5xx; and after the walk
 * every read route still answers 2xx or 404, so nothing stored can disable a read.
 *
 * <p>Then the same with eight clients at once, where what is asked is that none gets a 5xx.
 *
 * <p>{@code -Dcivil.seed=N} replays a walk; {@code -Dcivil.walk=N} sets its length.
 */
class StatefulHostileTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static TestServer server;
  private static final Map<String, List<String>> ids = new ConcurrentHashMap<>();
  private static final List<String> RESIDENTS = new ArrayList<>();
  /** A HOSPITAL token bound to H41080200001, which the walk uses on the routes a hospital may call. */
  private static String hospital;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    assertEquals(201, server.post("/api/v1/hospitals", "{\"hospitalCode\": \"H41080200001\", \"name\": \"解放区人民医院\","
        + " \"level\": \"SECONDARY\", \"designatedFrom\": \"2026-01-01\", \"designatedTo\": null}").status());
    hospital = server.post("/api/v1/tokens", "{\"role\": \"HOSPITAL\", \"label\": \"HIS\", \"hospitalCode\": \"H41080200001\"}")
        .json().get("token").asText();
    for (int i = 0; i < 6; i++) {
      RESIDENTS.add(ResidentId.ofFirst17(String.format("41080219450303%03d", i)).value());
    }
    RESIDENTS.add(ResidentId.ofFirst17("41080219180303001").value()); // aged 108
    RESIDENTS.add(ResidentId.ofFirst17("41080220290303001").value()); // not born yet
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static <T> T pick(SplittableRandom rnd, List<T> from) {
    return from.get(rnd.nextInt(from.size()));
  }

  private static String idFor(SplittableRandom rnd, String name) {
    List<String> known = ids.getOrDefault(name, List.of());
    if (known.isEmpty() || rnd.nextInt(10) == 0) {
      return switch (name) {
        case "residentId" -> pick(rnd, RESIDENTS);
        case "month" -> pick(rnd, List.of("2026-01", "2026-03", "2026-06", "2027-01", "1899-12"));
        case "period" -> pick(rnd, List.of("2026-H1", "2026-H2", "2027-H1"));
        case "hospitalCode" -> pick(rnd, List.of("H41080200001", "H41080200002"));
        default -> "NOPE-1";
      };
    }
    return pick(rnd, known);
  }

  /** A value of {@code type} for the field {@code name}, drawn from the edges, or an ordinary one if {@code tame}. */
  private static JsonNode value(SplittableRandom rnd, Type type, String name, int depth, boolean tame) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == Optional.class) {
      return rnd.nextInt(3) == 0 ? F.nullNode() : value(rnd, ((ParameterizedType) type).getActualTypeArguments()[0], name, depth, tame);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      ArrayNode a = F.arrayNode();
      Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = rnd.nextInt(depth > 0 ? 4 : 1); i > 0; i--) {
        a.add(value(rnd, inner, name, depth - 1, tame));
      }
      return a;
    }
    if (raw == String.class) {
      String n = name.toLowerCase();
      if (n.contains("residentid") || n.equals("elderid") && rnd.nextBoolean()) {
        return F.textNode(pick(rnd, RESIDENTS));
      }
      if (n.endsWith("id") || n.endsWith("ids")) {
        String key = n.endsWith("ids") ? name.substring(0, name.length() - 1) : name;
        return F.textNode(idFor(rnd, key));
      }
      if (n.contains("subdistrict")) {
        return F.textNode(pick(rnd, List.of("410802001", "410802002", "410802021")));
      }
      if (n.contains("community")) {
        return F.textNode(pick(rnd, List.of("410802001001", "410802001002")));
      }
      if (n.equals("period")) {
        return F.textNode(idFor(rnd, "period"));
      }
      if (n.equals("month")) {
        return F.textNode(idFor(rnd, "month"));
      }
      if (n.equals("hospitalcode")) {
        return F.textNode(pick(rnd, List.of("H41080200001", "H41080200002", "H41080200003")));
      }
      if (n.contains("creditcode")) {
        return F.textNode("91350100M000100Y43");
      }
      if (n.equals("itemcode")) {
        return F.textNode(pick(rnd, List.of("1.1", "2.3", "8.3", "9.9")));
      }
      return F.textNode(tame ? pick(rnd, List.of("测试", "王褚敬老院", "x"))
          : pick(rnd, List.of("测试", "王褚敬老院", " 上白作 ", "x", "a\u202Eb", "字".repeat(201))));
    }
    if ((raw == Long.class || raw == long.class) && tame) {
      return F.numberNode(pick(rnd, List.of(1L, 500L, 50_000L, 1_000_000L, 300_000_000L)));
    }
    if ((raw == Integer.class || raw == int.class) && tame) {
      return F.numberNode(pick(rnd, List.of(1, 2, 3, 5, 8, 12, 30)));
    }
    if (raw == BigDecimal.class && tame) {
      return F.numberNode(new BigDecimal(pick(rnd, List.of("1", "2", "300", "0.5", "999999999"))));
    }
    if (raw == LocalDate.class && tame) {
      return F.textNode(pick(rnd, List.of("2026-01-02", "2026-03-01", "2026-05-10", "2026-06-30", "2026-09-01",
          "2026-11-30")));
    }
    if (raw == Long.class || raw == long.class) {
      return F.numberNode(pick(rnd, List.of(0L, 1L, 500L, 50_000L, 1_000_000L, 10_000_000_000L, 10_000_000_001L, -1L,
          -50_000L, -10_000_000_000L, Long.MAX_VALUE)));
    }
    if (raw == Integer.class || raw == int.class) {
      return F.numberNode(pick(rnd, List.of(0, 1, 2, 3, 5, 8, 30, 31, -1, 1_000_000, Integer.MAX_VALUE, 366, 12, 100)));
    }
    if (raw == BigDecimal.class) {
      return F.numberNode(new BigDecimal(pick(rnd, List.of("0", "0.5", "1", "2", "300", "-1", "1000000000", "0.001", "999999999.999", "100", "1e3"))));
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return F.booleanNode(rnd.nextBoolean());
    }
    if (raw == LocalDate.class) {
      return F.textNode(pick(rnd, List.of("2026-01-02", "2026-03-01", "2026-05-10", "2026-06-30", "2026-11-30",
          "2026-12-31", "1899-12-31", "9999-12-31", "2025-06-01")));
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return F.textNode(((Enum<?>) constants[rnd.nextInt(constants.length)]).name());
    }
    if (raw.isRecord()) {
      ObjectNode o = F.objectNode();
      for (RecordComponent c : raw.getRecordComponents()) {
        JsonNode v = value(rnd, c.getGenericType(), c.getName(), depth, tame);
        if (!(v.isNull() && c.getType() == Optional.class && rnd.nextBoolean())) {
          o.set(c.getName(), v);
        }
      }
      return o;
    }
    return F.objectNode();
  }

  private static String fill(SplittableRandom rnd, String path) {
    String p = path;
    while (p.contains("{")) {
      int open = p.indexOf('{');
      int close = p.indexOf('}', open);
      p = p.substring(0, open) + idFor(rnd, p.substring(open + 1, close)) + p.substring(close + 1);
    }
    return p;
  }

  /** Remembers the id a creating write answered with, under the name of its field. */
  private static void remember(JsonNode answer) {
    if (answer != null && answer.isObject() && !answer.properties().isEmpty()) {
      Map.Entry<String, JsonNode> first = answer.properties().iterator().next();
      if (first.getValue().isTextual() && first.getKey().endsWith("Id") && !first.getKey().equals("residentId")) {
        ids.computeIfAbsent(first.getKey(), k -> new CopyOnWriteArrayList<>()).add(first.getValue().asText());
      }
    }
  }

  /** A step of a walk: a write route with its path filled, its body and the token it goes with. */
  private record Step(Route route, String path, String body, String token) {
    static Step next(SplittableRandom rnd, List<Route> writes) {
      Route route = writes.get(rnd.nextInt(writes.size()));
      String path = fill(rnd, route.path());
      // half the steps send values a caseworker would (so that a walk gets past the first refusals to deeper states)
      boolean tame = rnd.nextBoolean();
      String body = route.request() == Void.class ? "" : value(rnd, route.request(), "", 2, tame).toString();
      // a hospital's own billing system takes a third of the steps it may take
      String token = route.roles().contains(Role.HOSPITAL) && rnd.nextInt(3) == 0 ? hospital : TestServer.ADMIN;
      return new Step(route, path, body, token);
    }

    Response send() {
      return body.isEmpty() ? server.send(route.method().name(), path, new byte[0], token, null, null)
          : server.send(route.method().name(), path, body, token, "application/json");
    }

    @Override
    public String toString() {
      return route.method() + " " + path + " " + body;
    }
  }

  private static List<Route> routes() {
    return server.server().routes().routes().stream()
        .filter(r -> r.path().startsWith("/api/v1/") && !r.path().startsWith("/api/v1/tokens")).toList();
  }

  private static List<Route> writes() {
    return routes().stream().filter(r -> r.request() != Void.class || !r.method().name().equals("GET")).toList();
  }

  @Test
  void refusalsLeaveNoTraceAndNoSequenceDisablesARead() {
    long seed = Long.getLong("civil.seed", 20261130L);
    int length = Integer.getInteger("civil.walk", 700);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Route> writes = writes();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < length; i++) {
      Step step = Step.next(rnd, writes);
      String before = Snapshot.of(server.server().database());
      Response r = step.send();
      statuses.merge(r.status(), 1, Integer::sum);
      String what = "seed " + seed + " step " + i + ": " + step + " → " + r;
      assertTrue(r.status() < 500, what);
      if (r.status() >= 400) {
        assertEquals(before, Snapshot.of(server.server().database()), "a refused request left a trace: " + what);
      } else if (r.status() == 201) {
        remember(r.json());
      }
    }
    int reads = readsStillAnswer(rnd, "seed " + seed);
    System.out.println("stateful walk: " + length + " writes by status " + statuses + ", then " + reads + " reads");
  }

  /**
   * Eight clients walking at once over the same records (on PostgreSQL their transactions run side
   * by side and take row locks in whatever order their routes do; on H2 they share commits): no
   * request gets a 5xx (a deadlock or lost race is retried, never answered as a failure), and
   * afterwards every read still answers.
   */
  @Test
  void clientsWalkingAtOnceNeverGetAServerError() throws Exception {
    long seed = Long.getLong("civil.seed", 20261130L) + 1;
    int length = Integer.getInteger("civil.walk", 700) / 2;
    int clients = 8;
    List<Route> writes = writes();
    ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      SplittableRandom rnd = new SplittableRandom(seed * 31 + c);
      work.add(pool.submit(() -> {
        for (int i = 0; i < length / clients; i++) {
          Step step = Step.next(rnd, writes);
          Response r = step.send();
          statuses.merge(r.status(), 1, Integer::sum);
          if (r.status() >= 500) {
            failed.add(step + " → " + r);
          } else if (r.status() == 201) {
            remember(r.json());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(300, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(List.of(), List.copyOf(failed), "seed " + seed);
    int reads = readsStillAnswer(new SplittableRandom(seed), "concurrent walk, seed " + seed);
    System.out.println("concurrent walk: " + length + " writes by status " + new TreeMap<>(statuses) + ", then " + reads
        + " reads");
  }

  /** Every read route, eight times with ids and windows drawn at random, answers 2xx or 404; how many were read. */
  private static int readsStillAnswer(SplittableRandom rnd, String walk) {
    int reads = 0;
    for (Route route : routes().stream().filter(r -> r.request() == Void.class && r.method().name().equals("GET")).toList()) {
      for (int k = 0; k < 8; k++) {
        // well-formed reads only (a resident born by today): what is asked is whether stored data can break them;
        // over several windows (this year, a decade ahead, the ten years to today, across the turn of a year), for
        // totals of what was stored at the edges may break one window and not another
        String path = fill(rnd, route.path()).replace(RESIDENTS.get(RESIDENTS.size() - 1), RESIDENTS.get(0))
            + pick(rnd, List.of("?from=2026-01-01&to=2026-12-31&year=2026&month=2026-03&date=2026-06-30",
                "?from=2090-01-01&to=2099-12-31&year=2099&month=2099-12&date=2099-12-31",
                "?from=2016-12-01&to=2026-11-30&year=2027&month=1900-01&date=1900-01-01",
                "?from=2025-06-01&to=2027-01-01&year=2026&month=2025-06&date=2025-06-01"));
        Response r = server.get(path);
        reads++;
        assertTrue(r.status() / 100 == 2 || r.status() == 404, "after the walk (" + walk + "): GET " + path + " → " + r);
      }
    }
    return reads;
  }
}
