package civil.core.error;

/**
 * The request contradicts what is stored: an idempotency conflict, reversing twice, an
 * overlapping date range, a second award for a period. Nothing has been changed.
 */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String message) {
    super(code, message);
  }
}
