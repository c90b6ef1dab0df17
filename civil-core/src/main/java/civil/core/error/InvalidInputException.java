package civil.core.error;

import java.util.List;

/**
 * The input itself is wrong, whatever is stored: a malformed identifier, a negative amount, an
 * in-scope amount above the total, an unknown enum value. Carries one {@link FieldProblem} per
 * offending field. Nothing has been changed when it is thrown.
 */
public class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidInputException(String code, List<FieldProblem> problems) {
    super(code, describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String code, String field, String message) {
    this(code, List.of(new FieldProblem(field, message)));
  }

  /** Every offending field with what is wrong with it. */
  public List<FieldProblem> problems() {
    return problems;
  }

  /**
   * The same failure with every field path put under {@code parent}, for a caller that read the
   * value from a named field: {@code ResidentId.parse(raw)} fails on the value, the caller knows
   * it was {@code members[0].residentId}.
   */
  public InvalidInputException under(String parent) {
    InvalidInputException rooted =
        new InvalidInputException(code(), problems.stream().map(p -> p.under(parent)).toList());
    rooted.initCause(this);
    return rooted;
  }

  private static String describe(List<FieldProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (FieldProblem p : problems) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(p.field().isEmpty() ? p.message() : p.field() + ": " + p.message());
    }
    return text.toString();
  }
}
