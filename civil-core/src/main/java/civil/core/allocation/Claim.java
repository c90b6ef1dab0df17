package civil.core.allocation;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.util.Optional;

/**
 * One party's claim on a budget: its key, a non-negative integer weight and, optionally, the
 * most it may receive. Weights only matter in proportion: {@code 15, 12, 10} and
 * {@code 1.5, 1.2, 1.0} split alike.
 */
public record Claim<K>(K key, long weight, Optional<Money> cap) {
  public Claim {
    requireNonNull(key, "key");
    requireNonNull(cap, "cap");
    if (weight < 0) {
      throw new InvalidInputException("NEGATIVE_WEIGHT", "weight", "must not be negative, was " + weight + " for " + key);
    }
    if (cap.isPresent() && cap.get().isNegative()) {
      throw new InvalidInputException("NEGATIVE_AMOUNT", "cap", "must not be negative, was " + cap.get() + " for " + key);
    }
  }

  /** A claim without a cap. */
  public static <K> Claim<K> of(K key, long weight) {
    return new Claim<>(key, weight, Optional.empty());
  }

  /** A claim that receives at most {@code cap}. */
  public static <K> Claim<K> capped(K key, long weight, Money cap) {
    return new Claim<>(key, weight, Optional.of(cap));
  }
}
