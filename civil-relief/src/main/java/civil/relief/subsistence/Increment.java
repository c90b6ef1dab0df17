package civil.relief.subsistence;

import static java.util.Objects.requireNonNull;

import civil.core.identity.ResidentId;
import civil.core.money.Money;

/** The classified increment one member receives: the largest that applies, rounded to the yuan. */
public record Increment(ResidentId residentId, IncrementKind kind, Money amount) {
  public Increment {
    requireNonNull(residentId, "residentId");
    requireNonNull(kind, "kind");
    requireNonNull(amount, "amount");
  }
}
