package civil.api.http;

import civil.api.json.Json;
import civil.api.security.Masking;
import civil.core.error.ConflictException;
import civil.core.error.DomainException;
import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as {@code application/problem+json}, mapped here once by exception class
 * ({@link #answer}): invalid input 400, not found 404, conflict 409, refused by a rule 422, the
 * HTTP problems (401, 403, 413, 415) with their own status; anything else is a 500, logged.
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  public static final String CONTENT_TYPE = "application/problem+json";

  /** The problem document. */
  public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {}

  /** One field's problem. */
  public record FieldError(String field, String message) {}

  private Problems() {}

  /** How a failure is answered: status, code, detail and field errors. */
  record Answer(int status, String code, String detail, List<FieldError> errors) {}

  /**
   * The one exception-to-answer table. Typed domain errors carry their own code; an
   * {@code ArithmeticException} is not the client's fault (amounts are bounded when a request is
   * read, so overflow later is a bug) and, like any other exception, is a logged 500.
   */
  static Answer answer(Throwable e) {
    if (e instanceof InvalidInputException i) {
      return new Answer(400, i.code(), i.getMessage(), errors(i.problems()));
    } else if (e instanceof NotFoundException n) {
      return new Answer(404, n.code(), n.getMessage(), List.of());
    } else if (e instanceof ConflictException c) {
      return new Answer(409, c.code(), c.getMessage(), List.of());
    } else if (e instanceof DomainException d) {
      return new Answer(422, d.code(), d.getMessage(), List.of());
    } else if (e instanceof HttpProblem h) {
      return new Answer(h.status(), h.code(), h.getMessage(), List.of());
    }
    return new Answer(500, "INTERNAL_ERROR", "the server failed; the request was not completed", List.of());
  }

  public static void install(JavalinConfig config) {
    config.routes.exception(Exception.class, (e, ctx) -> {
      Answer a = answer(e);
      if (a.status() == 500) {
        LOG.error("unexpected failure on {} {}", ctx.method(), Masking.mask(ctx.path()), e);
      }
      write(ctx, a.status(), a.code(), a.detail(), a.errors());
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
