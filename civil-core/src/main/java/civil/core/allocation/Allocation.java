package civil.core.allocation;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A budget divided exactly among claims by the largest-remainder method (最大余额法).
 *
 * <p>Without caps each party's exact share is {@code budget × weight ÷ total weight}; it receives
 * the whole fen of that share, and the fen left over go one each to the parties with the largest
 * fractional parts, ties broken by the caller's key order.
 *
 * <p>With caps, exact water-filling first finds the parties whose exact share exceeds their cap:
 * they receive exactly their cap and the rest of the budget is shared among the others by
 * weight, repeated until no exact share exceeds its cap; then one largest-remainder pass splits
 * what is left among the uncapped parties. A party's amount never exceeds its cap: a share
 * whose fractional part is zero never receives a leftover fen. When every party is capped, or
 * the uncapped weights sum to zero, what is left is {@link #unspent()}.
 *
 * <p>Always: the sum of the amounts plus {@link #unspent()} equals the budget.
 */
public final class Allocation<K> {
  private final Money budget;
  private final Map<K, Money> amounts;
  private final Set<K> capped;
  private final Money unspent;

  private Allocation(Money budget, Map<K, Money> amounts, Set<K> capped, Money unspent) {
    this.budget = budget;
    this.amounts = Collections.unmodifiableMap(amounts);
    this.capped = Collections.unmodifiableSet(capped);
    this.unspent = unspent;
  }

  /**
   * Splits {@code budget} among {@code claims}.
   *
   * @param tieOrder orders keys whose fractional parts are equal; the first gets the fen
   * @throws InvalidInputException if the budget is negative or two claims share a key
   */
  public static <K> Allocation<K> largestRemainder(
      Money budget, List<Claim<K>> claims, Comparator<? super K> tieOrder) {
    requireNonNull(tieOrder, "tieOrder");
    if (budget.isNegative()) {
      throw new InvalidInputException("NEGATIVE_AMOUNT", "budget", "must not be negative, was " + budget);
    }
    Set<K> keys = new HashSet<>();
    for (Claim<K> c : claims) {
      if (!keys.add(c.key())) {
        throw new InvalidInputException("DUPLICATE_KEY", "claims", "two claims for " + c.key());
      }
    }

    // Water-filling: cap every party whose exact share of what is left exceeds its cap.
    Set<K> capped = new HashSet<>();
    List<Claim<K>> open = new ArrayList<>(claims);
    BigInteger left = BigInteger.valueOf(budget.fen());
    while (true) {
      BigInteger weight = totalWeight(open);
      if (weight.signum() == 0) {
        break;
      }
      List<Claim<K>> over = new ArrayList<>();
      for (Claim<K> c : open) {
        if (c.cap().isPresent()
            && left.multiply(BigInteger.valueOf(c.weight()))
                    .compareTo(BigInteger.valueOf(c.cap().get().fen()).multiply(weight)) > 0) {
          over.add(c);
        }
      }
      if (over.isEmpty()) {
        break;
      }
      for (Claim<K> c : over) {
        capped.add(c.key());
        left = left.subtract(BigInteger.valueOf(c.cap().get().fen()));
      }
      open.removeAll(over);
    }

    Map<K, Money> amounts = new LinkedHashMap<>();
    for (Claim<K> c : claims) {
      amounts.put(c.key(), capped.contains(c.key()) ? c.cap().get() : Money.zero());
    }
    BigInteger weight = totalWeight(open);
    if (weight.signum() == 0) {
      return new Allocation<>(budget, amounts, capped, Money.ofFen(left.longValueExact()));
    }

    List<Part<K>> parts = new ArrayList<>(open.size());
    BigInteger handedOut = BigInteger.ZERO;
    for (Claim<K> c : open) {
      BigInteger[] qr = left.multiply(BigInteger.valueOf(c.weight())).divideAndRemainder(weight);
      parts.add(new Part<>(c.key(), qr[0].longValueExact(), qr[1]));
      handedOut = handedOut.add(qr[0]);
    }
    long leftover = left.subtract(handedOut).longValueExact();
    List<Part<K>> byRemainder = new ArrayList<>(parts);
    byRemainder.sort(
        Comparator.<Part<K>, BigInteger>comparing(Part::remainder).reversed()
            .thenComparing(Part::key, tieOrder));
    Set<K> extraFen = new HashSet<>();
    for (int i = 0; i < leftover; i++) {
      extraFen.add(byRemainder.get(i).key());
    }
    for (Part<K> p : parts) {
      amounts.put(p.key(), Money.ofFen(p.whole() + (extraFen.contains(p.key()) ? 1 : 0)));
    }
    return new Allocation<>(budget, amounts, capped, Money.zero());
  }

  private static <K> BigInteger totalWeight(List<Claim<K>> claims) {
    BigInteger total = BigInteger.ZERO;
    for (Claim<K> c : claims) {
      total = total.add(BigInteger.valueOf(c.weight()));
    }
    return total;
  }

  private record Part<K>(K key, long whole, BigInteger remainder) {}

  public Money budget() {
    return budget;
  }

  /** Every party's amount, in the order the claims were given. */
  public Map<K, Money> amounts() {
    return amounts;
  }

  /** The amount of one party. */
  public Money amountOf(K key) {
    Money m = amounts.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no claim for " + key);
    }
    return m;
  }

  /** Whether the party received exactly its cap because its share exceeded it. */
  public boolean isCapped(K key) {
    return capped.contains(key);
  }

  /** What nobody could receive: everyone was capped, or the weights left sum to zero. */
  public Money unspent() {
    return unspent;
  }

  @Override
  public String toString() {
    return "Allocation" + amounts + " unspent " + unspent;
  }
}
