package civil.api.http;

import civil.api.json.Json;
import civil.api.json.RequestBodies;
import civil.api.storage.Database;
import civil.core.identity.HospitalCode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's routes, declared once: each with the roles that may call it (the role matrix lives
 * here and nowhere else), its shapes and status. The table installs them into Javalin, wrapping
 * each handler with the checks every route shares, in the order the problems take precedence:
 * authentication (401) and role (403), body size (413, over 1 MiB), content type (415, a body
 * must be {@code application/json}); then the handler reads and answers.
 */
public final class RouteTable {
  /** The largest request body, in bytes. */
  public static final int MAX_BODY = 1 << 20;

  private final List<Route> routes = new ArrayList<>();
  private final Guard guard;
  private static final Logger LOG = LoggerFactory.getLogger(RouteTable.class);
  private final Auditor auditor;
  private final Database db;
  private final AtomicLong auditFailures = new AtomicLong();
  private final Clock clock;

  /**
   * Says who calls: throws {@link HttpProblem} 401 for a missing, unknown or revoked token, or
   * returns the caller (empty for a route open to all). Whether the caller's role may use the route
   * is the table's own check (403), made once the caller is known, so that the refusal is audited
   * with the caller's token id.
   */
  @FunctionalInterface
  public interface Guard {
    Optional<Caller> authenticate(Route route, Context ctx);
  }

  /** An authenticated caller: the token's id (never the token), its role and, for a HOSPITAL token, its hospital. */
  public record Caller(String tokenId, Role role, Optional<HospitalCode> hospital) {}

  /**
   * Told of every write (every route but GET), whatever its outcome; {@code created} names the
   * record a {@code 201} answer created.
   */
  @FunctionalInterface
  public interface Auditor {
    void written(Route route, Context ctx, Optional<String> tokenId, int status, String outcome,
        Optional<String> created);
  }

  /**
   * @param db runs each write and its audit entry as one transaction ({@link Database#unit}, or
   *     {@link Database#unitOfItsOwn} for a route that runs long)
   */
  public RouteTable(Guard guard, Auditor auditor, Database db, Clock clock) {
    this.guard = guard;
    this.auditor = auditor;
    this.db = db;
    this.clock = clock;
  }

  public static Set<Role> roles(Role... roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(List.of(roles));
    set.add(Role.ADMIN);
    return set;
  }

  /** No token needed (health, OpenAPI). */
  public static Set<Role> open() {
    return Set.of();
  }

  public RouteTable add(HandlerType method, String path, String summary, Set<Role> roles, Class<?> request,
      Class<?> response, int status, Route.Action action) {
    routes.add(new Route(method, path, summary, roles, request, response, status, Set.of(), false, false,
        action));
    return this;
  }

  /** The route added last is a read recorded in the audit log (a hospital reading a resident's totals, say). */
  public RouteTable audited() {
    routes.set(routes.size() - 1, routes.get(routes.size() - 1).withAuditedRead());
    return this;
  }

  /**
   * The route added last may run long (seconds: a city's matching, a report): its write takes a
   * transaction of its own rather than sharing a commit with others, which would wait for it.
   */
  public RouteTable runsLong() {
    routes.set(routes.size() - 1, routes.get(routes.size() - 1).runningLong());
    return this;
  }

  /** The route added last may also succeed with {@code status} (same shape); the OpenAPI document lists it. */
  public RouteTable alsoAnswering(int status) {
    routes.set(routes.size() - 1, routes.get(routes.size() - 1).alsoAnswering(status));
    return this;
  }

  public RouteTable get(String path, String summary, Set<Role> roles, Class<?> response, Route.Action action) {
    return add(HandlerType.GET, path, summary, roles, Void.class, response, 200, action);
  }

  public RouteTable post(String path, String summary, Set<Role> roles, Class<?> request, Class<?> response, int status,
      Route.Action action) {
    return add(HandlerType.POST, path, summary, roles, request, response, status, action);
  }

  public RouteTable put(String path, String summary, Set<Role> roles, Class<?> request, Class<?> response,
      Route.Action action) {
    return add(HandlerType.PUT, path, summary, roles, request, response, 200, action);
  }

  public RouteTable delete(String path, String summary, Set<Role> roles, Route.Action action) {
    return add(HandlerType.DELETE, path, summary, roles, Void.class, Void.class, 204, action);
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  public void install(JavalinConfig config) {
    config.http.maxRequestSize = MAX_BODY;
    for (Route r : routes) {
      config.routes.addHttpHandler(r.method(), r.path(), ctx -> execute(r, ctx));
    }
  }

  private void execute(Route route, Context ctx) throws Exception {
    Optional<String> caller = Optional.empty();
    boolean write = !route.method().equals(HandlerType.GET) || route.auditedRead();
    boolean written = false;
    try {
      Optional<Caller> who = guard.authenticate(route, ctx);
      caller = who.map(Caller::tokenId);
      if (who.isPresent() && !route.roles().contains(who.get().role())) {
        throw new HttpProblem(403, "FORBIDDEN",
            "a " + who.get().role() + " token may not use " + route.method() + " " + route.path());
      }
      if (who.isPresent() && who.get().role() == Role.HOSPITAL && who.get().hospital().isEmpty()) {
        // a HOSPITAL token from before tokens were bound to a hospital acts for none
        throw new HttpProblem(403, "TOKEN_NOT_BOUND", "this HOSPITAL token is bound to no hospital; issue one with a"
            + " hospitalCode");
      }
      byte[] body = readBody(ctx);
      if (body.length > 0) {
        String type = ctx.header("Content-Type");
        if (!isJson(type)) {
          throw new HttpProblem(415, "UNSUPPORTED_MEDIA_TYPE", "a request body must be application/json (with at most"
              + " charset=utf-8), was " + (type == null ? "without a content type" : type.length() > 80 ? type.substring(0, 80) + "…" : type));
        }
      }
      LocalDate today = LocalDate.now(clock);
      for (Map.Entry<String, String> p : ctx.pathParamMap().entrySet()) {
        if (p.getKey().equals("residentId")) {
          Fields.bornBy(p.getKey(), p.getValue(), today);
        }
      }
      ctx.attribute(BODY, body);
      if (body.length > 0 && route.request() != Void.class) {
        // read here, on the request's own thread: a write may run on the writer thread that
        // every write shares (see Database#unit), which should spend its time on the write
        ctx.attribute(PARSED, RequestBodies.read(body, route.request(), today));
      }
      Optional<String> by = caller;
      Database.Unit<Answered> audited = () -> {
        Answered a = answer(route, ctx, today, who);
        auditor.written(route, ctx, by, a.status(), "OK", a.status() == 201 ? createdId(a.result()) : Optional.empty());
        return a;
      };
      // the write and its audit entry commit together, or neither does
      Answered answered = !write ? answer(route, ctx, today, who)
          : route.runsLong() ? db.unitOfItsOwn(audited) : db.unit(audited);
      written = write;
      ctx.status(answered.status());
      if (answered.result() instanceof Text text) {
        ctx.contentType(text.contentType()).result(text.body());
      } else if (answered.result() != null) {
        // serialised here, after the commit, on the request's own thread, not on the writer every
        // write shares: a view is plain data made inside the unit, so writing it cannot fail on what
        // it holds. Should it fail all the same, the answer says the write stands (see below)
        ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(answered.result()));
      }
    } catch (Exception e) {
      if (written) {
        // committed and audited as done: not a refusal, and not to be retried as one
        LOG.error("{} {} was committed but its answer could not be written", route.method(), route.path(), e);
        throw new HttpProblem(500, "ANSWER_NOT_WRITTEN", "the write was stored, but its answer could not be written;"
            + " read the record instead of sending the write again");
      }
      if (write) {
        Problems.Answer answer = Problems.answer(e);
        refused(route, ctx, caller, answer.status(), answer.code());
      }
      throw e;
    }
  }

  /** A handler's answer: its status and its result (serialised once, after any commit). */
  private record Answered(int status, Object result) {}

  private static Answered answer(Route route, Context ctx, LocalDate today, Optional<Caller> who) throws Exception {
    Call call = new Call(ctx, route.status(), today, who);
    Object result = route.action().handle(call);
    return new Answered(call.status(), result);
  }

  /**
   * Records the entry of a refusal, in a transaction of its own. If the entry cannot be stored, the
   * refusal is answered all the same; the lost entry is logged as an error and counted.
   */
  private void refused(Route route, Context ctx, Optional<String> caller, int status, String outcome) {
    try {
      auditor.written(route, ctx, caller, status, outcome, Optional.empty());
    } catch (RuntimeException lost) {
      auditFailures.incrementAndGet();
      LOG.error("audit entry lost for {} {} answered {} ({}): {}", route.method(), route.path(), status, outcome,
          lost.toString());
    }
  }

  /** Audit entries that could not be stored since the server started (each also logged as an error). */
  public long auditFailures() {
    return auditFailures.get();
  }

  /**
   * The id of the record a {@code 201} answer created: by the API's convention, the view of a
   * created record names it in its first field ({@code settlementId}, {@code householdId},
   * {@code receiptNumber}, …).
   */
  static Optional<String> createdId(Object view) {
    if (view == null) {
      return Optional.empty();
    }
    Optional<Method> accessor = NAMING_ACCESSOR.get(view.getClass());
    if (accessor.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((String) accessor.get().invoke(view));
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  /** The accessor of a view record's first field when it is a string, looked up once per class. */
  private static final ClassValue<Optional<Method>> NAMING_ACCESSOR = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      if (!type.isRecord()) {
        return Optional.empty();
      }
      RecordComponent[] components = type.getRecordComponents();
      if (components.length == 0 || components[0].getType() != String.class) {
        return Optional.empty();
      }
      Method accessor = components[0].getAccessor();
      accessor.setAccessible(true); // views are package-private records of their routes' package
      return Optional.of(accessor);
    }
  };

  static final String BODY = "civil.body";
  /** The body read into the route's request shape, when it has one and a body came. */
  static final String PARSED = "civil.parsed";

  /** {@code application/json}, alone or with {@code charset=utf-8}; not {@code application/jsonp}, not another charset. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
      if (!param.equals("charset=utf-8")) {
        return false;
      }
    }
    return true;
  }

  private static final byte[] NO_BODY = new byte[0];

  /** The body, read once, at most {@link #MAX_BODY} bytes; more is a 413 whatever the declared length. */
  private static byte[] readBody(Context ctx) throws IOException {
    String length = ctx.header("Content-Length");
    long declared = -1;
    if (length != null) {
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new HttpProblem(400, "BAD_CONTENT_LENGTH", "the Content-Length header is not a number");
      }
    }
    InputStream in = ctx.req().getInputStream();
    if (declared > MAX_BODY) {
      throw tooLarge(in, declared);
    }
    if (declared == 0) {
      return NO_BODY;
    }
    // most requests (every GET) have no body: nothing is allocated for them
    int first = in.read();
    if (first < 0) {
      return NO_BODY;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    out.write(first);
    byte[] buffer = new byte[declared > 0 ? (int) Math.min(declared, 8192) : 8192];
    int total = 1;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > MAX_BODY) {
        throw tooLarge(in, DRAIN_LIMIT);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The most of an oversized body read and discarded so that its sender reliably gets the 413 (past it, the connection closes). */
  private static final long DRAIN_LIMIT = 8L << 20;

  /**
   * The 413, after reading what is left of a moderately oversized body: a server that answers and
   * closes while the client is still sending leaves the client with a reset instead of the answer.
   */
  private static HttpProblem tooLarge(InputStream in, long declared) throws IOException {
    if (declared <= DRAIN_LIMIT) {
      byte[] sink = new byte[8192];
      long read = 0;
      for (int n; read <= DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
        read += n;
      }
    }
    return tooLarge();
  }

  private static HttpProblem tooLarge() {
    return new HttpProblem(413, "CONTENT_TOO_LARGE", "a request body is at most 1 MiB");
  }
}
