package civil.core.error;

import static java.util.Objects.requireNonNull;

/**
 * Root of every failure the library reports on purpose. Unchecked; {@link #code()} is a
 * stable, upper-case identifier (for example {@code RESIDENT_ID_CHECK_CHARACTER}) that clients
 * may switch on; the message is for people.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  protected DomainException(String code, String message) {
    super(requireNonNull(message, "message"));
    this.code = requireNonNull(code, "code");
  }

  protected DomainException(String code, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.code = requireNonNull(code, "code");
  }

  /** The stable identifier of this failure. */
  public final String code() {
    return code;
  }
}
