package civil.core.error;

/**
 * The request is well formed, but a rule refuses it given what is stored: not enough stock, not
 * enough money for a purpose, a yearly cap used up. Nothing has been changed.
 */
public class RefusedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public RefusedException(String code, String message) {
    super(code, message);
  }
}
