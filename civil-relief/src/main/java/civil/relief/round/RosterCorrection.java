package civil.relief.round;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A correction to a paid round (更正): a new entry linked to the round, adding (positive) or
 * taking back (negative) an amount for a household, with the reason. The paid roster itself is
 * never changed.
 */
@Value.Immutable
public abstract class RosterCorrection {
  public abstract String correctionId();

  public abstract String householdId();

  public abstract Money amount();

  public abstract String reason();

  public abstract LocalDate recordedOn();

  public static RosterCorrection of(String correctionId, String householdId, Money amount, String reason,
      LocalDate recordedOn) {
    return ImmutableRosterCorrection.builder().correctionId(correctionId).householdId(householdId).amount(amount)
        .reason(reason).recordedOn(recordedOn).build();
  }

  @Value.Check
  void check() {
    if (amount().isZero()) {
      throw new InvalidInputException("INVALID_CORRECTION", "amountFen", "a correction changes the amount");
    }
    if (reason().isBlank() || reason().length() > 500) {
      throw new InvalidInputException("INVALID_CORRECTION", "reason", "is 1 to 500 characters");
    }
  }
}
