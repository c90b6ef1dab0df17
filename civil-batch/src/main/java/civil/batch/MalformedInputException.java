package civil.batch;

/** A line of a bills or settlements file that cannot be read: its number (the header is line 1), the field and why. */
public final class MalformedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long line;
  private final String field;
  private final String problem;

  public MalformedInputException(long line, String field, String problem) {
    super("line " + line + ", field " + field + ": " + problem);
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  /** The same problem, {@code offset} lines further down the file. */
  MalformedInputException shifted(long offset) {
    return new MalformedInputException(line + offset, field, problem);
  }

  public long line() {
    return line;
  }

  public String field() {
    return field;
  }
}
