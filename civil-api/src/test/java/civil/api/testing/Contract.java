package civil.api.testing;

import civil.api.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The contract check of the end-to-end suites: every exchange a {@link TestServer} makes is
 * recorded, and when the server closes each is checked against the served {@code /openapi.json}.
 * The JSON answer of every call must match the schema of its operation and status (a problem
 * the schema of problems, for a status the operation lists); the request body of every call that
 * succeeded must match the operation's request schema; no call may be answered with a status the
 * operation does not list, and none with a 500.
 */
public final class Contract {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());

  public record Exchange(String method, String path, String requestBody, int status, String contentType, String responseBody) {}

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

  public void record(Exchange exchange) {
    exchanges.add(exchange);
  }

  int size() {
    return exchanges.size();
  }

  /** Every violation of the document by the recorded exchanges, one line each. */
  public List<String> violations(JsonNode document) {
    Map<String, Schema> compiled = new HashMap<>();
    List<Template> templates = new ArrayList<>();
    for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
      templates.add(Template.of(it.next()));
    }
    List<String> out = new ArrayList<>();
    List<Exchange> all;
    synchronized (exchanges) {
      all = List.copyOf(exchanges);
    }
    for (Exchange e : all) {
      String where = e.method() + " " + e.path() + " → " + e.status();
      if (e.status() >= 500) {
        out.add(where + ": a server error");
        continue;
      }
      String path = e.path().contains("?") ? e.path().substring(0, e.path().indexOf('?')) : e.path();
      Template template = templates.stream().filter(t -> t.matches(path))
          .min((a, b) -> Integer.compare(a.parameters, b.parameters)).orElse(null);
      if (template == null) {
        continue; // a path no route has: the 404 of an unknown route
      }
      JsonNode op = document.get("paths").get(template.text).get(e.method().toLowerCase(java.util.Locale.ROOT));
      if (op == null) {
        continue; // a method the path does not have: 405
      }
      JsonNode response = op.get("responses").get(Integer.toString(e.status()));
      if (response == null) {
        if (e.status() != 401 || op.has("security")) {
          out.add(where + ": status not listed for " + template.text);
        }
        continue;
      }
      String media = e.contentType().contains(";") ? e.contentType().substring(0, e.contentType().indexOf(';')).trim()
          : e.contentType().trim();
      JsonNode schema = response.path("content").path(media).path("schema");
      if (!schema.isMissingNode() && (media.equals("application/json") || media.equals("application/problem+json"))) {
        check(out, where + " answer", schema, e.responseBody(), document, compiled);
      }
      JsonNode requestSchema = op.path("requestBody").path("content").path("application/json").path("schema");
      if (e.status() < 300 && e.requestBody() != null && !requestSchema.isMissingNode()) {
        check(out, where + " request", requestSchema, e.requestBody(), document, compiled);
      }
    }
    return out;
  }

  private static void check(List<String> out, String where, JsonNode schema, String body, JsonNode document,
      Map<String, Schema> compiled) {
    JsonNode instance;
    try {
      instance = Json.mapper().readTree(body);
    } catch (IOException ex) {
      out.add(where + ": not JSON");
      return;
    }
    Schema s = compiled.computeIfAbsent(schema.toString(), key -> {
      ObjectNode root = ((ObjectNode) schema).deepCopy();
      root.set("components", document.get("components"));
      return REGISTRY.getSchema(root);
    });
    List<Error> errors = s.validate(instance);
    for (Error error : errors) {
      out.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
    }
  }

  /** A path of the document, as a pattern over concrete paths. */
  private record Template(String text, Pattern pattern, int parameters) {
    static Template of(String text) {
      String regex = Pattern.quote(text).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      return new Template(text, Pattern.compile(regex), (int) text.chars().filter(c -> c == '{').count());
    }

    boolean matches(String path) {
      return pattern.matcher(path).matches();
    }
  }
}
