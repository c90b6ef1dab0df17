package civil.api.http;

import civil.api.json.Required;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 document of the route table: every route with its parameters, roles, request and
 * response shapes. Shapes come from the request and response records by reflection, so the
 * document cannot drift from the code.
 */
public final class OpenApi {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApi() {}

  public static ObjectNode document(List<Route> routes) {
    Names names = Names.of(routes);
    ObjectNode doc = F.objectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "civil");
    info.put("version", "0.1.0");
    info.put("description", "Casework of a district Civil Affairs Bureau (民政局). Money is integer fen in fields "
        + "ending in Fen; dates are yyyy-MM-dd; errors are application/problem+json.");
    ObjectNode schemas = F.objectNode();
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode item = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = item.putObject(r.method().name().toLowerCase(Locale.ROOT));
      op.put("summary", r.summary());
      op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
      ArrayNode roles = op.putArray("x-roles");
      r.roles().forEach(role -> roles.add(role.name()));
      if (!r.roles().isEmpty()) {
        op.putArray("security").addObject().putArray("bearer");
      }
      Matcher m = PARAM.matcher(r.path());
      ArrayNode params = null;
      while (m.find()) {
        params = params == null ? op.putArray("parameters") : params;
        ObjectNode p = params.addObject();
        p.put("name", m.group(1));
        p.put("in", "path");
        p.put("required", true);
        p.putObject("schema").put("type", "string");
      }
      if (r.request() != Void.class) {
        op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
            .set("schema", schema(r.request(), schemas, names, false));
      }
      ObjectNode responses = op.putObject("responses");
      for (int status : successes(r)) {
        ObjectNode ok = responses.putObject(Integer.toString(status));
        ok.put("description", "success");
        if (r.response() == Text.Csv.class) {
          ok.putObject("content").putObject("text/csv").putObject("schema").put("type", "string");
        } else if (r.response() != Void.class) {
          ok.putObject("content").putObject("application/json").set("schema", schema(r.response(), schemas, names, true));
        }
      }
      ObjectNode problem = F.objectNode().put("$ref", "#/components/schemas/Problem");
      for (String status : List.of("400", "401", "403", "404", "409", "413", "415", "422")) {
        ObjectNode resp = responses.putObject(status);
        resp.put("description", "a problem");
        resp.putObject("content").putObject(Problems.CONTENT_TYPE).set("schema", problem.deepCopy());
      }
    }
    schema(Problems.Problem.class, schemas, names, true);
    ObjectNode components = doc.putObject("components");
    components.set("schemas", schemas);
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
    return doc;
  }

  private static List<Integer> successes(Route r) {
    List<Integer> statuses = new ArrayList<>();
    statuses.add(r.status());
    statuses.addAll(new TreeSet<>(r.otherStatuses()));
    return statuses;
  }

  /**
   * Unique schema names: a record's simple name, or, where two records share it
   * ({@code AssessmentRequest} of nursing homes and of subsistence), the name of the routes class
   * holding it before it ({@code NursingHomeAssessmentRequest}).
   */
  record Names(Map<Class<?>, String> byClass) {
    static Names of(List<Route> routes) {
      Set<Class<?>> records = new LinkedHashSet<>();
      for (Route r : routes) {
        collect(r.request(), records);
        collect(r.response(), records);
      }
      collect(Problems.Problem.class, records);
      Map<String, Integer> counts = new HashMap<>();
      records.forEach(c -> counts.merge(c.getSimpleName(), 1, Integer::sum));
      Map<Class<?>, String> names = new HashMap<>();
      for (Class<?> c : records) {
        String simple = c.getSimpleName();
        Class<?> outer = c.getEnclosingClass();
        names.put(c, counts.get(simple) == 1 || outer == null ? simple
            : outer.getSimpleName().replaceFirst("Routes$", "") + simple);
      }
      return new Names(names);
    }

    private static void collect(Type type, Set<Class<?>> records) {
      if (type instanceof ParameterizedType p) {
        for (Type arg : p.getActualTypeArguments()) {
          collect(arg, records);
        }
      } else if (type instanceof Class<?> c && c.isRecord() && records.add(c)) {
        for (RecordComponent rc : c.getRecordComponents()) {
          collect(rc.getGenericType(), records);
        }
      }
    }

    String of(Class<?> c) {
      return byClass.getOrDefault(c, c.getSimpleName());
    }
  }

  /**
   * The schema of a type. In an answer ({@code view}) every field is always written and a field
   * of a reference type other than a list may be {@code null}; in a request a field that is not
   * {@code Optional} is required and never null, and an {@code Optional} one may be left out or
   * null unless it is marked {@link civil.api.json.Required}.
   */
  private static ObjectNode schema(Type type, ObjectNode schemas, Names names, boolean view) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        ObjectNode array = F.objectNode().put("type", "array");
        array.set("items", schema(p.getActualTypeArguments()[0], schemas, names, view));
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode object = F.objectNode().put("type", "object");
        object.set("additionalProperties", schema(p.getActualTypeArguments()[1], schemas, names, view));
        return object;
      }
      if (raw == Optional.class) {
        return nullable(schema(p.getActualTypeArguments()[0], schemas, names, view));
      }
      return F.objectNode().put("type", "object");
    }
    Class<?> c = (Class<?>) type;
    if (c == Object.class) {
      return F.objectNode(); // any JSON value (a policy document carried as it is)
    }
    if (JsonNode.class.isAssignableFrom(c)) {
      return F.objectNode().put("nullable", true); // any JSON value, null included (a stored document as it is)
    }
    if (c.isArray()) {
      ObjectNode array = F.objectNode().put("type", "array");
      array.set("items", schema(c.getComponentType(), schemas, names, view));
      return array;
    }
    if (c == String.class) {
      return F.objectNode().put("type", "string");
    }
    if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
      return F.objectNode().put("type", "integer").put("format", c == int.class || c == Integer.class ? "int32" : "int64");
    }
    if (c == boolean.class || c == Boolean.class) {
      return F.objectNode().put("type", "boolean");
    }
    if (c == BigDecimal.class || c == double.class) {
      return F.objectNode().put("type", "number");
    }
    if (c == LocalDate.class) {
      return F.objectNode().put("type", "string").put("format", "date");
    }
    if (c == Instant.class) {
      return F.objectNode().put("type", "string").put("format", "date-time");
    }
    if (c == YearMonth.class) {
      return F.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$");
    }
    if (c.isEnum()) {
      ObjectNode e = F.objectNode().put("type", "string");
      ArrayNode values = e.putArray("enum");
      for (Object constant : c.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return e;
    }
    if (c.isRecord()) {
      String name = names.of(c);
      if (!schemas.has(name)) {
        ObjectNode s = schemas.putObject(name);
        s.put("type", "object");
        s.put("additionalProperties", false);
        ObjectNode props = s.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordComponent rc : c.getRecordComponents()) {
          ObjectNode property = schema(rc.getGenericType(), schemas, names, view);
          boolean optional = rc.getType() == Optional.class;
          if (view && !optional && !rc.getType().isPrimitive() && !List.class.isAssignableFrom(rc.getType())) {
            property = nullable(property);
          }
          props.set(rc.getName(), property);
          if (view || !optional || rc.isAnnotationPresent(Required.class)) {
            required.add(rc.getName());
          }
        }
        if (!required.isEmpty()) {
          s.set("required", required);
        }
      }
      return F.objectNode().put("$ref", "#/components/schemas/" + name);
    }
    return F.objectNode().put("type", "object");
  }

  /** The schema, allowing null too (a reference is wrapped, since {@code $ref} takes no siblings in OpenAPI 3.0). */
  private static ObjectNode nullable(ObjectNode schema) {
    if (schema.has("$ref")) {
      ObjectNode wrapper = F.objectNode().put("nullable", true);
      wrapper.putArray("allOf").add(schema);
      return wrapper;
    }
    return schema.put("nullable", true);
  }
}
