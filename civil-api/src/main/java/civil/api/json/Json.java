package civil.api.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's JSON: one configured {@link ObjectMapper}. Unknown fields, trailing content, null
 * or missing fields (except {@code Optional} ones), null list elements, floats where integers are
 * expected and values of the wrong kind are refused; dates
 * are {@code yyyy-MM-dd}; nesting and number lengths are bounded so hostile input stays cheap.
 */
public final class Json {
  /** The deepest nesting a request may have. */
  public static final int MAX_DEPTH = 32;

  private static final ObjectMapper MAPPER = create();
  // Stored JSON is written by the server itself; absent optional values are kept as nulls.
  private static final ObjectMapper STORAGE = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    // a number is not text, text is not a number, and nothing is a boolean but true and false;
    // a whole number may stand for a decimal (a quantity of 3), never the other way round
    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
        LogicalType.Float, LogicalType.Enum, LogicalType.DateTime}) {
      boolean number = type == LogicalType.Integer || type == LogicalType.Float;
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, number ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    // an empty array is nothing but an empty list
    mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
    // null elements of a list or set, or values of a map, are refused like null fields
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.configOverride(Set.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    // a date is the text yyyy-MM-dd and nothing else (not [2026, 3, 1], not an epoch day, not [])
    mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDate()));
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).maxNumberLength(40).maxStringLength(1_048_576).build());
    return mapper;
  }

  /** Reads a {@link LocalDate} only from a JSON string {@code yyyy-MM-dd}, strictly (no 30 February). */
  static final class StrictDate extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctx.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      try {
        if (text.length() != 10) {
          throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
        }
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, text, "a date is written yyyy-MM-dd");
      }
    }
  }

  /** The stored JSON text of {@code value}. */
  public static String write(Object value) {
    try {
      return STORAGE.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass(), e);
    }
  }

  /** Reads stored JSON written by {@link #write}. */
  public static <T> T read(String json, Class<T> type) {
    return read(json, STORAGE.getTypeFactory().constructType(type));
  }

  /** Reads stored JSON written by {@link #write}, of a generic type. */
  public static <T> T read(String json, JavaType type) {
    try {
      return STORAGE.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("stored JSON of " + type + " is unreadable", e);
    }
  }

  /** The type of a list of {@code element}. */
  public static JavaType listOf(Class<?> element) {
    return STORAGE.getTypeFactory().constructCollectionType(List.class, element);
  }
}
