package civil.core.policy;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import java.util.List;

/**
 * A policy document that cannot be used: unreadable JSON, an unknown or missing field, a value
 * of the wrong type or one that breaks a rule of the document. The problem names the document
 * and the JSON path ({@code $.critical.bands[1].ratio}).
 */
public final class PolicyDocumentException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String document;
  private final String path;

  PolicyDocumentException(String document, String path, String message, Throwable cause) {
    super("POLICY_DOCUMENT", List.of(new FieldProblem(path, "in policy document " + document + ": " + message)));
    this.document = document;
    this.path = path;
    initCause(cause);
  }

  /** The document's name, as given to the loader (usually its resource path). */
  public String document() {
    return document;
  }

  /** Where in the document, as a JSON path from {@code $}. */
  public String path() {
    return path;
  }
}
