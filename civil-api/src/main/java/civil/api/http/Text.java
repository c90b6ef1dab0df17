package civil.api.http;

/** A response that is not JSON: a document with its content type. */
public record Text(String contentType, String body) {}
