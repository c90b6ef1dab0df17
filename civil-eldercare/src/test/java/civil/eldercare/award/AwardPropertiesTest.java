package civil.eldercare.award;

import static civil.core.testkit.CoreGenerators.moneyUpTo;
import static civil.core.testkit.Theories.qt;
import static civil.eldercare.testkit.EldercareGenerators.standings;

import civil.core.money.Money;
import civil.core.period.HalfYear;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardPropertiesTest {
  private static final HalfYear H1 = HalfYear.parse("2026-H1");

  private static Award award(Money budget, Optional<Money> cap, List<HomeStanding> homes) {
    return AwardCalculation.calculate(H1, budget, cap, LocalDate.of(2026, 8, 1), homes, EldercarePolicy.defaults());
  }

  /** An award that kept money back while a listed home was below its cap would fail here. */
  @Test
  void moneyIsLeftUnspentOnlyWhenEveryListedHomeIsAtTheCap() {
    qt().forAll(moneyUpTo(Money.ofYuan(50_000)), moneyUpTo(Money.ofYuan(20_000)).toOptionals(50), standings())
        .check((budget, cap, homes) -> {
          Award a = award(budget, cap, homes);
          boolean aHomeCouldTakeMore = a.lines().stream().anyMatch(l -> l.weight().numerator().signum() > 0
              && (cap.isEmpty() || l.amount().isLessThan(cap.get())));
          return a.unspent().isZero() || !aHomeCouldTakeMore;
        });
  }

  @Test
  void noAwardIsAboveItsCapAndOnlyPassingHomesAreListed() {
    qt().forAll(moneyUpTo(Money.ofYuan(50_000)), moneyUpTo(Money.ofYuan(20_000)), standings())
        .check((budget, cap, homes) -> award(budget, Optional.of(cap), homes).lines().stream()
            .allMatch(l -> !l.amount().isGreaterThan(cap) && l.grade().earnsAward()));
  }

  @Test
  void aHomeNeverGetsLessThanOneWithAStrictlySmallerWeight() {
    qt().forAll(moneyUpTo(Money.ofYuan(50_000)), standings()).check((budget, homes) -> {
      Award a = award(budget, Optional.empty(), homes);
      for (AwardLine x : a.lines()) {
        for (AwardLine y : a.lines()) {
          if (x.weight().compareTo(y.weight()) > 0 && x.amount().isLessThan(y.amount())) {
            return false;
          }
        }
      }
      return true;
    });
  }
}
