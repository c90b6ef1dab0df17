package civil.api.json;

import civil.core.error.FieldProblem;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.policy.PolicyDocuments;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request body into its request record, strictly, and refuses before anything is built
 * what no rule downstream should have to see. All problems found are reported together, each
 * naming its field ({@code members[0].seriouslyIll}):
 *
 * <ul>
 *   <li>a key given twice in one object ({@code DUPLICATE_FIELD});
 *   <li>a field that is not {@code Optional}, or is marked {@link Required}, left out; a field that
 *       is not {@code Optional} given as {@code null} ({@code MISSING_FIELD});
 *   <li>an amount (a field whose name ends in {@code Fen}) beyond ±{@link Inputs#MAX_AMOUNT_FEN}
 *       ({@code AMOUNT_OUT_OF_RANGE});
 *   <li>text that is blank, longer than 200 characters ({@value #NOTE_LENGTH} for a {@code note} or
 *       {@code reason}) or holds a control or bidirectional-override character ({@code INVALID_TEXT});
 *       text is trimmed before it is used;
 *   <li>a date before {@link #EARLIEST} or after today, except in the fields that name a day ahead
 *       by nature ({@link #FUTURE_DATES}), which may reach {@link #LATEST} ({@code DATE_OUT_OF_RANGE});
 *   <li>a resident ID whose birth date is after today ({@code RESIDENT_ID_BIRTH_DATE}).
 * </ul>
 *
 * Then Jackson builds the record, and what it refuses (an unknown field, a value of the wrong
 * kind) is reported by the kind of Jackson's error, never by its message text, and in the
 * request's own terms, never with a Java type's name.
 */
public final class RequestBodies {
  /** No date of an event is before this day. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** No date ahead, where one is allowed, is after this day. */
  public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
  /**
   * Date fields that may lie ahead of today: the end (and start) of an aid-category range, a
   * campaign's planned days, a round drafted as of a coming day, the planned last day of support, a
   * hospital's designation (and, through {@code from}, a level or suspension from a coming day), a planned
   * election day.
   */
  public static final Set<String> FUTURE_DATES = Set.of("from", "to", "startsOn", "endsOn", "asOf", "supportedUntil",
      "designatedFrom", "designatedTo", "electionDay");

  private static final int NAME_LENGTH = 200;
  private static final int NOTE_LENGTH = 2_000;
  private static final Set<String> NOTES = Set.of("note", "reason");

  private RequestBodies() {}

  /** The body as {@code type}, with dates checked against {@code today}; any problem is an {@link InvalidInputException} (a 400). */
  public static <T> T read(byte[] body, Class<T> type, LocalDate today) {
    if (body.length == 0) {
      throw invalid("MISSING_BODY", "", "a JSON body is required");
    }
    JsonNode tree;
    try {
      refuseDuplicateKeys(body);
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
    Checks checks = new Checks(today);
    checks.shape(tree, type, "");
    checks.throwIfAny();
    try {
      return Json.mapper().treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw invalid("UNKNOWN_FIELD", path(e), "unknown field '" + e.getPropertyName() + "'");
    } catch (InvalidFormatException e) {
      throw invalid("INVALID_VALUE", path(e), "cannot read " + describe(e.getValue()) + " as " + kind(e.getTargetType()));
    } catch (MismatchedInputException e) {
      throw invalid("INVALID_VALUE", path(e), e.getTargetType() == null ? "cannot be read" : "must be " + kind(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw invalid("INVALID_VALUE", path(e), "cannot be read");
    } catch (JsonProcessingException e) {
      throw invalid("MALFORMED_JSON", "", "the body is not valid JSON");
    }
  }

  /** A 400 {@code DUPLICATE_FIELD} naming the first key given twice in one object, by its path. */
  private static void refuseDuplicateKeys(byte[] body) throws IOException {
    try (JsonParser p = Json.mapper().getFactory().createParser(body)) {
      Deque<Set<String>> keys = new ArrayDeque<>();
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          keys.push(new HashSet<>());
        } else if (t == JsonToken.END_OBJECT) {
          keys.pop();
        } else if (t == JsonToken.FIELD_NAME && !keys.peek().add(p.currentName())) {
          throw invalid("DUPLICATE_FIELD", fieldPath(p), "is given twice; give each field once");
        }
      }
    }
  }

  private static String fieldPath(JsonParser p) {
    List<String> parts = new ArrayList<>();
    for (var ctx = p.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inObject()) {
        parts.add(0, "." + ctx.getCurrentName());
      } else if (ctx.inArray()) {
        parts.add(0, "[" + ctx.getCurrentIndex() + "]");
      }
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  /** The name a field path ends in, without its list index: {@code bills[2].totalFen} is {@code totalFen}, {@code ids[3]} is {@code ids}. */
  static String fieldName(String field) {
    String name = field.substring(field.lastIndexOf('.') + 1);
    int open = name.lastIndexOf('[');
    if (open >= 0 && name.endsWith("]") && open + 2 < name.length()
        && name.substring(open + 1, name.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return name.substring(0, open);
    }
    return name;
  }

  /** The checks of one body, collecting every problem. */
  private static final class Checks {
    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();

    /** A record's components, read once per class: reflection makes new objects on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
      @Override
      protected RecordComponent[] computeValue(Class<?> type) {
        return type.getRecordComponents();
      }
    };

    Checks(LocalDate today) {
      this.today = today;
    }

    void add(String code, String field, String message) {
      problems.add(new FieldProblem(field, message));
      codes.add(code);
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(codes.get(0), problems);
      }
    }

    void shape(JsonNode node, Type type, String at) {
      Class<?> raw = rawClass(type);
      if (raw == null || !raw.isRecord() || !node.isObject()) {
        return;
      }
      ObjectNode object = (ObjectNode) node;
      for (RecordComponent c : COMPONENTS.get(raw)) {
        String name = c.getName();
        String field = at.isEmpty() ? name : at + "." + name;
        JsonNode value = object.get(name);
        boolean optional = c.getType() == Optional.class;
        boolean absent = value == null;
        if (absent || value.isNull()) {
          if (!optional || absent && c.isAnnotationPresent(Required.class)) {
            add("MISSING_FIELD", field, optional ? "is required (null if there is none)" : "is required");
          }
          continue;
        }
        Type inner = optional ? typeArgument(c.getGenericType(), 0) : c.getGenericType();
        value(object, name, value, inner, field);
      }
    }

    /** Checks one value of a record field (or a list element) against the field's type and name. */
    private void value(JsonNode parent, Object key, JsonNode value, Type type, String field) {
      Class<?> raw = rawClass(type);
      String name = RequestBodies.fieldName(field);
      if (name.endsWith("Fen") && value.isIntegralNumber()
          && (!value.canConvertToLong() || Math.abs(value.asLong()) > Inputs.MAX_AMOUNT_FEN)) {
        add("AMOUNT_OUT_OF_RANGE", field, "an amount is at most " + Inputs.MAX_AMOUNT_FEN + " fen (¥100,000,000)");
      } else if (raw == String.class && value.isTextual()) {
        text(parent, key, value.asText(), name, field);
      } else if (raw == LocalDate.class && value.isTextual()) {
        date(value.asText(), name, field);
      } else if (raw != null && List.class.isAssignableFrom(raw) && value.isArray()) {
        Type element = typeArgument(type, 0);
        for (int i = 0; i < value.size(); i++) {
          if (!value.get(i).isNull()) {
            value(value, i, value.get(i), element, field + "[" + i + "]");
          }
        }
      } else if (raw != null && raw.isRecord()) {
        shape(value, raw, field);
      }
    }

    private void text(JsonNode parent, Object key, String text, String name, String field) {
      String trimmed = text.strip();
      int max = NOTES.contains(name) ? NOTE_LENGTH : NAME_LENGTH;
      if (trimmed.isEmpty()) {
        add("INVALID_TEXT", field, "must not be blank");
      } else if (trimmed.codePointCount(0, trimmed.length()) > max) {
        add("INVALID_TEXT", field, "is at most " + max + " characters");
      } else if (trimmed.codePoints().anyMatch(RequestBodies::forbidden)) {
        add("INVALID_TEXT", field, "must not hold control or bidirectional-override characters");
      } else if (name.equals("residentId") || name.endsWith("ResidentId")) {
        residentId(trimmed, field);
      }
      if (!trimmed.equals(text)) {
        if (parent instanceof ObjectNode o) {
          o.set((String) key, TextNode.valueOf(trimmed));
        } else if (parent instanceof ArrayNode a) {
          a.set((Integer) key, TextNode.valueOf(trimmed));
        }
      }
    }

    private void residentId(String text, String field) {
      ResidentId id;
      try {
        id = ResidentId.parse(text);
      } catch (InvalidInputException malformed) {
        return; // reported with its own code where the ID is read
      }
      if (id.birthDate().isAfter(today)) {
        add("RESIDENT_ID_BIRTH_DATE", field, "the birth date in the ID (" + id.birthDate() + ") is after today");
      }
    }

    private void date(String text, String name, String field) {
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return; // reported as a date that cannot be read
      }
      boolean ahead = FUTURE_DATES.contains(name);
      LocalDate latest = ahead ? LATEST : today;
      if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
        add("DATE_OUT_OF_RANGE", field, "must be from " + EARLIEST + " to " + (ahead ? LATEST : "today (" + today + ")")
            + ", was " + date);
      }
    }
  }

  /** Control characters, and the invisible marks that reorder or hide text (bidirectional overrides and isolates). */
  static boolean forbidden(int cp) {
    return Character.getType(cp) == Character.CONTROL
        || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069
        || cp == 0x200E || cp == 0x200F || cp == 0x061C;
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
    if (type == BigDecimal.class) {
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
