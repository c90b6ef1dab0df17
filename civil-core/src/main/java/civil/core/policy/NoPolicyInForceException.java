package civil.core.policy;

import civil.core.error.RefusedException;
import java.time.LocalDate;

/** No version of a policy document is in force on the date a rule was asked about. */
public final class NoPolicyInForceException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final String document;
  private final LocalDate date;

  NoPolicyInForceException(String document, LocalDate date) {
    super("NO_POLICY_IN_FORCE", "no version of the " + document + " policy is in force on " + date);
    this.document = document;
    this.date = date;
  }

  public String document() {
    return document;
  }

  public LocalDate date() {
    return date;
  }
}
