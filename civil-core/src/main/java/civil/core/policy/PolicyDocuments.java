package civil.core.policy;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads policy documents strictly: unknown fields, missing required fields, nulls for numbers,
 * numbers where text is expected, trailing content and values that break the document's own
 * checks are all refused with a {@link PolicyDocumentException} naming the document and the JSON
 * path.
 */
public final class PolicyDocuments {
  private static final ObjectMapper MAPPER = strictMapper();

  private PolicyDocuments() {}

  /**
   * The strict mapper policy documents are read with: Java time and {@code Optional} support, the
   * {@link CivilJsonModule}, dates as {@code yyyy-MM-dd}, unknown properties, trailing tokens and
   * coercions refused.
   */
  public static ObjectMapper strictMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new CivilJsonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /** Reads a document of {@code type} from {@code json}; {@code documentName} is used in errors. */
  public static <T> T read(String documentName, InputStream json, Class<T> type) {
    try (InputStream in = json) {
      return MAPPER.readValue(in, type);
    } catch (JsonMappingException e) {
      throw explain(documentName, e);
    } catch (JsonProcessingException e) {
      throw new PolicyDocumentException(documentName, "$", "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading policy document " + documentName, e);
    }
  }

  /** Reads a document of {@code type} from text. */
  public static <T> T read(String documentName, String json, Class<T> type) {
    return read(documentName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
  }

  /** Reads a document shipped as a class-path resource next to {@code anchor}. */
  public static <T> T readResource(Class<?> anchor, String resource, Class<T> type) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing policy resource " + resource + " next to " + anchor.getName());
    }
    return read(resource, in, type);
  }

  private static PolicyDocumentException explain(String document, JsonMappingException e) {
    String path = path(e.getPath());
    Throwable cause = e.getCause();
    if (cause instanceof InvalidInputException invalid) {
      // The document's own rules failed: put each field under the path of the object that failed.
      return new PolicyDocumentException(document, invalid.problems().stream()
          .map(p -> new FieldProblem(p.field().isEmpty() ? path : path + (p.field().startsWith("[") ? "" : ".") + p.field(),
              p.message()))
          .toList(), e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new PolicyDocumentException(document, path, "unknown field '" + u.getPropertyName() + "'", e);
    }
    return new PolicyDocumentException(document, path, e.getOriginalMessage(), e);
  }

  /** {@code $.a.b[2].c} from Jackson's reference chain. */
  static String path(List<JsonMappingException.Reference> refs) {
    String fields = fieldPath(refs);
    return fields.isEmpty() ? "$" : fields.startsWith("[") ? "$" + fields : "$." + fields;
  }

  /**
   * {@code a.b[2].c} from Jackson's reference chain: the path of a field in the terms of the JSON
   * that was read, for error messages (policy documents and request bodies alike).
   */
  public static String fieldPath(List<JsonMappingException.Reference> refs) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
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
}
