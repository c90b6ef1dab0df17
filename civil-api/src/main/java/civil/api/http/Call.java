package civil.api.http;

import civil.api.json.Json;
import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One request, as a handler sees it: its body read into a request shape (every reading problem
 * is a 400 naming the field), its path and query parameters, and the status to answer with.
 */
public final class Call {
  private final Context ctx;
  private int status;

  Call(Context ctx, int status) {
    this.ctx = ctx;
    this.status = status;
  }

  public Context context() {
    return ctx;
  }

  /** The body as {@code type}; a body that cannot be read is a {@code 400} naming the field. */
  public <T> T body(Class<T> type) {
    byte[] bytes = ctx.attribute(RouteTable.BODY);
    if (bytes.length == 0) {
      throw new InvalidInputException("MISSING_BODY", "", "a JSON body is required");
    }
    try {
      T value = Json.mapper().readValue(bytes, type);
      if (value == null) {
        throw invalid("MALFORMED_JSON", "", "the body must be a JSON object, was null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw invalid("UNKNOWN_FIELD", path(e), "unknown field '" + e.getPropertyName() + "'");
    } catch (InvalidFormatException e) {
      throw invalid("INVALID_VALUE", path(e), "cannot read " + describe(e.getValue()) + " as " + kind(e.getTargetType()));
    } catch (JsonMappingException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Null value for creator property")) {
        throw invalid("MISSING_FIELD", path(e), "is required");
      }
      throw invalid("INVALID_VALUE", path(e), firstLine(message));
    } catch (JsonProcessingException e) {
      throw invalid("MALFORMED_JSON", "", "the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw invalid("MALFORMED_JSON", "", "the body could not be read");
    }
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

  /** Answers with {@code status} instead of the route's usual one. */
  public void status(int code) {
    status = code;
  }

  int status() {
    return status;
  }

  private static InvalidInputException invalid(String code, String field, String message) {
    return new InvalidInputException(code, List.of(new FieldProblem(field, message)));
  }

  /** {@code members[0].residentId} from Jackson's reference chain. */
  static String path(JsonMappingException e) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (p.length() > 0) {
          p.append('.');
        }
        p.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        p.append('[').append(r.getIndex()).append(']');
      }
    }
    return p.toString();
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  private static String kind(Class<?> type) {
    if (type.isEnum()) {
      StringBuilder names = new StringBuilder();
      for (Object c : type.getEnumConstants()) {
        names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) c).name());
      }
      return "one of " + names;
    }
    if (type == LocalDate.class) {
      return "a date yyyy-MM-dd";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a whole number";
    }
    return type.getSimpleName();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
