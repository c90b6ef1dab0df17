package civil.core.error;

import static java.util.Objects.requireNonNull;

/**
 * One problem with one input field. {@code field} is a dotted path into the input
 * ({@code members[2].residentId}); the empty string stands for the input as a whole.
 */
public record FieldProblem(String field, String message) {
  public FieldProblem {
    requireNonNull(field, "field");
    requireNonNull(message, "message");
  }

  /** The same problem one level deeper, under {@code parent} ({@code "bill"} + {@code "totalFen"}). */
  public FieldProblem under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    if (field.isEmpty()) {
      return new FieldProblem(parent, message);
    }
    return new FieldProblem(field.startsWith("[") ? parent + field : parent + "." + field, message);
  }
}
