package civil.core.identity;

import civil.core.error.InvalidInputException;

/**
 * An identifier that fails its format: wrong length, a character not allowed at a position, a
 * check character that does not match, or (for a resident ID) an impossible birth date.
 * {@link #failure()} says which; the message says where, without repeating the identifier.
 */
public final class InvalidIdentifierException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** What failed. */
  public enum Failure {
    LENGTH,
    CHARACTER,
    CHECK_CHARACTER,
    BIRTH_DATE,
    AREA_CODE_LEVEL
  }

  private final String identifier;
  private final Failure failure;

  InvalidIdentifierException(String identifier, Failure failure, String message) {
    super(identifier + "_" + failure.name(), "", message);
    this.identifier = identifier;
    this.failure = failure;
  }

  /** Which kind of identifier: {@code RESIDENT_ID}, {@code CREDIT_CODE}, {@code AREA_CODE} or {@code HOSPITAL_CODE}. */
  public String identifier() {
    return identifier;
  }

  public Failure failure() {
    return failure;
  }
}
