package civil.api.http;

import civil.api.json.Json;
import civil.api.security.Masking;
import civil.core.error.ConflictException;
import civil.core.error.DomainException;
import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as {@code application/problem+json}, mapped here once by exception class:
 * invalid input 400, not found 404, conflict 409, refused by a rule 422, the HTTP problems
 * (401, 403, 413, 415) with their own status; anything else is a 500, logged.
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  public static final String CONTENT_TYPE = "application/problem+json";

  /** The problem document. */
  public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {}

  /** One field's problem. */
  public record FieldError(String field, String message) {}

  private Problems() {}

  public static void install(JavalinConfig config) {
    config.routes.exception(InvalidInputException.class, (e, ctx) -> write(ctx, 400, e.code(), e.getMessage(),
        e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> write(ctx, 404, e.code(), e.getMessage(), List.of()));
    config.routes.exception(ConflictException.class, (e, ctx) -> write(ctx, 409, e.code(), e.getMessage(), List.of()));
    config.routes.exception(RefusedException.class, (e, ctx) -> write(ctx, 422, e.code(), e.getMessage(), List.of()));
    config.routes.exception(DomainException.class, (e, ctx) -> write(ctx, 422, e.code(), e.getMessage(), List.of()));
    config.routes.exception(HttpProblem.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(), List.of()));
    config.routes.exception(ArithmeticException.class, (e, ctx) -> write(ctx, 400, "NUMBER_OUT_OF_RANGE",
        "a number in the request is too large to compute with", List.of()));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {} {}", ctx.method(), Masking.mask(ctx.path()), e);
      write(ctx, 500, "INTERNAL_ERROR", "the server failed; the request was not completed", List.of());
    });
    config.routes.error(404, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, 404, "NO_SUCH_ROUTE", "no route " + ctx.method() + " " + ctx.path(), List.of());
      }
    });
    config.routes.error(405, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, 405, "METHOD_NOT_ALLOWED", "method " + ctx.method() + " is not allowed on " + ctx.path(), List.of());
      }
    });
  }

  /** The status a failure is answered with (for the audit log, before the answer is written). */
  static int statusOf(Throwable e) {
    if (e instanceof InvalidInputException) {
      return 400;
    } else if (e instanceof NotFoundException) {
      return 404;
    } else if (e instanceof ConflictException) {
      return 409;
    } else if (e instanceof DomainException) {
      return 422;
    } else if (e instanceof HttpProblem h) {
      return h.status();
    } else if (e instanceof ArithmeticException) {
      return 400;
    }
    return 500;
  }

  /** The code a failure is answered with. */
  static String codeOf(Throwable e) {
    if (e instanceof DomainException d) {
      return d.code();
    } else if (e instanceof HttpProblem h) {
      return h.code();
    } else if (e instanceof ArithmeticException) {
      return "NUMBER_OUT_OF_RANGE";
    }
    return "INTERNAL_ERROR";
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(CONTENT_TYPE);
  }

  /** Writes a problem document. */
  public static void write(Context ctx, int status, String code, String detail, List<FieldError> errors) {
    ctx.status(status).contentType(CONTENT_TYPE).result(body(status, code, detail, errors));
  }

  /** The bytes of a problem document. */
  static byte[] body(int status, String code, String detail, List<FieldError> errors) {
    Problem p = new Problem("urn:civil:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
        title(status), status, detail, code, errors);
    try {
      return Json.mapper().writeValueAsBytes(p);
    } catch (Exception e) {
      return ("{\"status\":" + status + ",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The code of a status answered by the web server itself, before any route. */
  static String codeOfStatus(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 404 -> "NO_SUCH_ROUTE";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 408 -> "REQUEST_TIMEOUT";
      case 413 -> "CONTENT_TOO_LARGE";
      case 414 -> "URI_TOO_LONG";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      case 431 -> "HEADERS_TOO_LARGE";
      case 503 -> "SERVICE_UNAVAILABLE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
    };
  }

  static List<FieldError> errors(List<FieldProblem> problems) {
    return problems.stream().map(p -> new FieldError(p.field(), p.message())).toList();
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 414 -> "URI Too Long";
      case 431 -> "Request Header Fields Too Large";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Bad Request";
    };
  }
}
