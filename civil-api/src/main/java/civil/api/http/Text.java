package civil.api.http;

/** A response that is not JSON: a document with its content type. */
public record Text(String contentType, String body) {
  /** A CSV file (UTF-8). */
  public static Text csv(String body) {
    return new Text("text/csv; charset=utf-8", body);
  }

  /** The declared answer of a route that answers a CSV file, for the OpenAPI document. */
  public static final class Csv {
    private Csv() {}
  }
}
