package civil.core.allocation;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.CoreGenerators.moneyUpTo;
import static civil.core.testkit.Theories.qt;

import civil.core.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class AllocationPropertiesTest {
  private static Gen<List<Claim<String>>> claims(boolean withCaps) {
    Gen<Long> weight = longsBiased(0, 1_000);
    Gen<Optional<Money>> cap = withCaps
        ? moneyUpTo(Money.ofFen(5_000)).toOptionals(40)
        : Generate.constant(Optional.empty());
    Gen<Claim<String>> one = weight.zip(cap, (w, c) -> new Claim<>("x", w, c));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 12).map(list -> {
      List<Claim<String>> keyed = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        keyed.add(new Claim<>(String.format("home-%02d", (i * 7) % 13), list.get(i).weight(), list.get(i).cap()));
      }
      return keyed;
    });
  }

  private static Allocation<String> split(Money budget, List<Claim<String>> claims) {
    return Allocation.largestRemainder(budget, claims, Comparator.naturalOrder());
  }

  @Test
  void partsAndUnspentAddUpToTheBudget() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(true)).check((budget, claims) -> {
      Allocation<String> a = split(budget, claims);
      return Money.total(a.amounts().values()).plus(a.unspent()).equals(budget);
    });
  }

  @Test
  void noPartExceedsItsCap() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(true)).check((budget, claims) -> {
      Allocation<String> a = split(budget, claims);
      return claims.stream().allMatch(c -> c.cap().isEmpty() || !a.amountOf(c.key()).isGreaterThan(c.cap().get()));
    });
  }

  /** An allocation that left money unspent while a claim could still take some would fail here. */
  @Test
  void moneyIsLeftUnspentOnlyWhenEveryClaimWithWeightIsAtItsCap() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(true)).check((budget, claims) -> {
      Allocation<String> a = split(budget, claims);
      boolean someoneCouldTakeMore = claims.stream().anyMatch(c -> c.weight() > 0
          && (c.cap().isEmpty() || a.amountOf(c.key()).isLessThan(c.cap().get())));
      return a.unspent().isZero() || !someoneCouldTakeMore;
    });
  }

  /** Between two claims below their caps the split follows the weights, to within a fen of each share. */
  @Test
  void claimsBelowTheirCapsShareByWeight() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(true)).check((budget, claims) -> {
      Allocation<String> a = split(budget, claims);
      List<Claim<String>> below = claims.stream()
          .filter(c -> c.cap().isEmpty() || a.amountOf(c.key()).isLessThan(c.cap().get())).toList();
      for (Claim<String> x : below) {
        for (Claim<String> y : below) {
          // ax / wx and ay / wy differ by less than one fen per unit of weight: |ax·wy − ay·wx| < wx + wy
          long ax = a.amountOf(x.key()).fen();
          long ay = a.amountOf(y.key()).fen();
          if (Math.abs(ax * y.weight() - ay * x.weight()) >= x.weight() + y.weight() && x.weight() + y.weight() > 0) {
            return false;
          }
          if (x.weight() == 0 && ax != 0) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void withoutCapsEachPartIsWithinOneFenOfItsExactShare() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(false)).check((budget, claims) -> {
      Allocation<String> a = split(budget, claims);
      BigInteger total = claims.stream().map(c -> BigInteger.valueOf(c.weight())).reduce(BigInteger.ZERO, BigInteger::add);
      if (total.signum() == 0) {
        return a.unspent().equals(budget);
      }
      return claims.stream().allMatch(c -> {
        BigInteger floor = BigInteger.valueOf(budget.fen()).multiply(BigInteger.valueOf(c.weight())).divide(total);
        long got = a.amountOf(c.key()).fen();
        return got == floor.longValueExact() || got == floor.longValueExact() + 1;
      }) && a.unspent().isZero();
    });
  }

  @Test
  void aHeavierClaimNeverGetsLessWithoutCaps() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(false)).check((budget, claims) -> {
      Allocation<String> a = split(budget, claims);
      for (Claim<String> x : claims) {
        for (Claim<String> y : claims) {
          if (x.weight() > y.weight() && a.amountOf(x.key()).isLessThan(a.amountOf(y.key()))) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void theOrderOfClaimsDoesNotChangeTheSplit() {
    qt().forAll(moneyUpTo(Money.ofFen(20_000)), claims(true)).check((budget, claims) -> {
      List<Claim<String>> reversed = new ArrayList<>(claims);
      Collections.reverse(reversed);
      Allocation<String> a = split(budget, claims);
      Allocation<String> b = split(budget, reversed);
      return claims.stream().allMatch(c -> a.amountOf(c.key()).equals(b.amountOf(c.key())))
          && a.unspent().equals(b.unspent());
    });
  }
}
