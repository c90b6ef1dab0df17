package civil.core.policy;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import java.util.List;

/**
 * A policy document that cannot be used: unreadable JSON, an unknown or missing field, a value
 * of the wrong type or values that break the document's own rules. Every problem names the
 * document and its JSON path ({@code $.critical.bands[1].ratio}); where the document's rules
 * found several problems, all of them are listed.
 */
public final class PolicyDocumentException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String document;
  private final List<String> paths;

  PolicyDocumentException(String document, String path, String message, Throwable cause) {
    this(document, List.of(new FieldProblem(path, message)), cause);
  }

  PolicyDocumentException(String document, List<FieldProblem> atPaths, Throwable cause) {
    super("POLICY_DOCUMENT", atPaths.stream()
        .map(p -> new FieldProblem(p.field(), "in policy document " + document + ": " + p.message())).toList());
    this.document = document;
    this.paths = atPaths.stream().map(FieldProblem::field).toList();
    initCause(cause);
  }

  /** The document's name, as given to the loader (usually its resource path). */
  public String document() {
    return document;
  }

  /** Where in the document the first problem is, as a JSON path from {@code $}. */
  public String path() {
    return paths.get(0);
  }

  /** Where in the document each problem is, in the order of {@link #problems()}. */
  public List<String> paths() {
    return paths;
  }
}
