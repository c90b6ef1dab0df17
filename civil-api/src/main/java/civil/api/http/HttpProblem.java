package civil.api.http;

/** A failure of the HTTP exchange itself: no or a bad token, a forbidden route, a body too large or not JSON. */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public HttpProblem(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
