package civil.relief.temporary;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A caseworker's request for temporary relief: the household, the cause, how many months of the
 * standard (1-3, chosen by the caseworker) and the grant date.
 */
@Value.Immutable
public abstract class TemporaryReliefRequest {
  public abstract String householdId();

  public abstract ReliefCause cause();

  public abstract int months();

  public abstract LocalDate grantedOn();

  public abstract Optional<String> note();

  public static TemporaryReliefRequest of(String householdId, ReliefCause cause, int months, LocalDate grantedOn,
      Optional<String> note) {
    return ImmutableTemporaryReliefRequest.builder().householdId(householdId).cause(cause).months(months)
        .grantedOn(grantedOn).note(note).build();
  }

  @Value.Check
  void check() {
    if (months() < 1) {
      throw new InvalidInputException("INVALID_MONTHS", "months", "must be at least 1, was " + months());
    }
    if (note().map(String::length).orElse(0) > 500) {
      throw new InvalidInputException("TOO_LONG", "note", "at most 500 characters");
    }
  }
}
