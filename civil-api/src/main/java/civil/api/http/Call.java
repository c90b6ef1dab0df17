package civil.api.http;

import civil.api.json.RequestBodies;
import civil.core.error.InvalidInputException;
import civil.core.identity.HospitalCode;
import civil.core.period.DateRange;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One request, as a handler sees it: its body read into a request shape (every reading problem
 * is a 400 naming the field), its path and query parameters, and the status to answer with.
 */
public final class Call {
  private final Context ctx;
  private final LocalDate today;
  private final Optional<RouteTable.Caller> caller;
  private int status;

  Call(Context ctx, int status, LocalDate today, Optional<RouteTable.Caller> caller) {
    this.ctx = ctx;
    this.status = status;
    this.today = today;
    this.caller = caller;
  }

  /** Who calls (empty on a route open to all). */
  public Optional<RouteTable.Caller> caller() {
    return caller;
  }

  /** The hospital a HOSPITAL token acts for; empty for every other caller. */
  public Optional<HospitalCode> callerHospital() {
    return caller.flatMap(RouteTable.Caller::hospital);
  }

  /** The server's date (Asia/Shanghai) when the request arrived. */
  public LocalDate today() {
    return today;
  }

  public Context context() {
    return ctx;
  }

  /** The body as {@code type}; a body that cannot be read is a {@code 400} naming the field. */
  public <T> T body(Class<T> type) {
    Object parsed = ctx.attribute(RouteTable.PARSED);
    if (type.isInstance(parsed)) {
      return type.cast(parsed);
    }
    return RequestBodies.read(ctx.attribute(RouteTable.BODY), type, today);
  }

  /** A path parameter. */
  public String path(String name) {
    return ctx.pathParam(name);
  }

  /** A required query parameter. */
  public String query(String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException("MISSING_FIELD", name, "the query parameter is required");
    }
    return value;
  }

  public Optional<String> optionalQuery(String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isEmpty());
  }

  /** A required date query parameter, {@code yyyy-MM-dd}. */
  public LocalDate queryDate(String name) {
    String value = query(name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("INVALID_DATE", name, "a date is written yyyy-MM-dd, was '" + value + "'");
    }
  }

  /** The days from {@code ?from=} to {@code ?to=}, both required, both included ({@code to} not before {@code from}). */
  public DateRange queryRange() {
    return DateRange.of(queryDate("from"), queryDate("to"));
  }

  /** Answers with {@code status} instead of the route's usual one. */
  public void status(int code) {
    status = code;
  }

  int status() {
    return status;
  }
}
