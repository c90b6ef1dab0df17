package civil.api.json;

import civil.core.error.FieldProblem;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.policy.PolicyDocuments;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request body into its request record, strictly. Before the record is built, the JSON
 * is checked against the record's shape: every field that is not {@code Optional} (and every
 * {@link Required} one) is present, and not null unless it is {@code Optional}; every amount
 * (a field whose name ends in {@code Fen}) lies within ±{@link Inputs#MAX_AMOUNT_FEN}. All such
 * problems are reported together, each naming its field ({@code members[0].seriouslyIll}).
 * Then Jackson builds the record, and what it refuses (an unknown field, a value of the wrong
 * kind) is reported by the kind of Jackson's error, never by its message text.
 */
public final class RequestBodies {
  private RequestBodies() {}

  /** The body as {@code type}; any problem is an {@link InvalidInputException} (a 400). */
  public static <T> T read(byte[] body, Class<T> type) {
    if (body.length == 0) {
      throw invalid("MISSING_BODY", "", "a JSON body is required");
    }
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(body);
    } catch (StreamConstraintsException e) {
      throw invalid("MALFORMED_JSON", "", "the body is nested too deeply or holds a value too long");
    } catch (JsonProcessingException e) {
      throw invalid("MALFORMED_JSON", "", "the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw invalid("MALFORMED_JSON", "", "the body could not be read");
    }
    if (tree == null || !tree.isObject()) {
      throw invalid("MALFORMED_JSON", "", "the body must be a JSON object");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    checkShape(tree, type, "", problems, codes);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(codes.get(0), problems);
    }
    try {
      return Json.mapper().treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw invalid("UNKNOWN_FIELD", path(e), "unknown field '" + e.getPropertyName() + "'");
    } catch (InvalidFormatException e) {
      throw invalid("INVALID_VALUE", path(e), "cannot read " + describe(e.getValue()) + " as " + kind(e.getTargetType()));
    } catch (JsonMappingException e) {
      Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
      throw invalid("INVALID_VALUE", path(e), target == null ? "cannot be read" : "must be " + kind(target));
    } catch (JsonProcessingException e) {
      throw invalid("MALFORMED_JSON", "", "the body is not valid JSON");
    }
  }

  private static void checkShape(JsonNode node, Type type, String at, List<FieldProblem> problems, List<String> codes) {
    Class<?> raw = rawClass(type);
    if (raw == null) {
      return;
    }
    if (raw.isRecord() && node.isObject()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        String field = at.isEmpty() ? c.getName() : at + "." + c.getName();
        JsonNode value = node.get(c.getName());
        boolean optional = c.getType() == Optional.class;
        boolean absent = value == null;
        boolean nullish = absent || value.isNull();
        if (!optional && nullish || optional && absent && c.isAnnotationPresent(Required.class)) {
          problems.add(new FieldProblem(field, optional ? "is required (null if there is none)" : "is required"));
          codes.add("MISSING_FIELD");
          continue;
        }
        if (nullish) {
          continue;
        }
        if (c.getName().endsWith("Fen") && value.isIntegralNumber()
            && (!value.canConvertToLong() || Math.abs(value.asLong()) > Inputs.MAX_AMOUNT_FEN)) {
          problems.add(new FieldProblem(field, "an amount is at most " + Inputs.MAX_AMOUNT_FEN + " fen (¥100,000,000)"));
          codes.add("AMOUNT_OUT_OF_RANGE");
          continue;
        }
        Type inner = optional ? typeArgument(c.getGenericType(), 0) : c.getGenericType();
        checkShape(value, inner, field, problems, codes);
      }
    } else if (List.class.isAssignableFrom(raw) && node.isArray()) {
      Type element = typeArgument(type, 0);
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isNull()) {
          checkShape(node.get(i), element, at + "[" + i + "]", problems, codes);
        }
      }
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private static InvalidInputException invalid(String code, String field, String message) {
    return new InvalidInputException(code, List.of(new FieldProblem(field, message)));
  }

  private static String path(JsonMappingException e) {
    return PolicyDocuments.fieldPath(e.getPath());
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  /** The kind of value a field takes, in the request's terms (never a Java type name). */
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
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == java.math.BigDecimal.class) {
      return "a number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a whole number";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
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
