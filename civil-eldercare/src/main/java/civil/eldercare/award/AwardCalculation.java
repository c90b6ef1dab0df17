package civil.eldercare.award;

import civil.core.allocation.Allocation;
import civil.core.allocation.Claim;
import civil.core.error.InvalidInputException;
import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.period.HalfYear;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Splits a period's award budget among the homes graded {@code PASS} or better. A home's weight is
 * its average occupied beds over the period's months × its grade coefficient; the split uses
 * the integer weights {@code Σ monthly occupied beds × coefficient in basis points}, which are
 * proportional to it, so the shares are exact. Largest remainder to the fen, ties by home id in
 * code-point order; with a cap, exact water-filling first (civil-core's {@link Allocation}).
 */
public final class AwardCalculation {
  /** Home ids in Unicode code-point order (not UTF-16 order). */
  public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return Arrays.compare(x, y);
  };

  private AwardCalculation() {}

  public static Award calculate(HalfYear period, Money budget, Optional<Money> capPerHome, LocalDate paidOn,
      List<HomeStanding> homes, EldercarePolicy policy) {
    if (budget.isNegative() || budget.isGreaterThan(Money.ofYuan(10_000_000_000L))) {
      throw new InvalidInputException("INVALID_AWARD", "budgetFen", "is 0 to ¥10,000,000,000, was " + budget.fen());
    }
    if (capPerHome.isPresent() && capPerHome.get().isNegative()) {
      throw new InvalidInputException("INVALID_AWARD", "capPerHomeFen", "must not be negative");
    }
    int months = period.months().size();
    List<HomeStanding> eligible = homes.stream().filter(h -> h.grade().earnsAward())
        .sorted(Comparator.comparing(HomeStanding::homeId, CODE_POINT_ORDER)).toList();
    List<Claim<String>> claims = new ArrayList<>();
    for (HomeStanding h : eligible) {
      long weight = Math.multiplyExact(h.occupiedBedMonths(), policy.award().coefficient(h.grade()).basisPoints());
      claims.add(new Claim<>(h.homeId(), weight, capPerHome));
    }
    Allocation<String> split = Allocation.largestRemainder(budget, claims, CODE_POINT_ORDER);
    List<AwardLine> lines = new ArrayList<>();
    for (HomeStanding h : eligible) {
      Ratio coefficient = policy.award().coefficient(h.grade());
      Fraction average = Fraction.of(h.occupiedBedMonths(), months);
      Fraction weight = Fraction.of(Math.multiplyExact(h.occupiedBedMonths(), coefficient.basisPoints()),
          Math.multiplyExact(months, Ratio.ONE_BP));
      lines.add(new AwardLine(h.homeId(), h.grade(), average, coefficient, weight, split.amountOf(h.homeId()),
          split.isCapped(h.homeId())));
    }
    return ImmutableAward.builder().period(period).budget(budget).capPerHome(capPerHome).paidOn(paidOn)
        .lines(lines).unspent(split.unspent()).build();
  }
}
