package civil.eldercare.award;

import civil.core.money.Money;
import civil.core.period.HalfYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period's award in lieu of subsidy: the budget, the optional cap per home, the eligible homes'
 * lines and what was left unspent. Always: the lines' amounts plus {@code unspent} equal the
 * budget.
 */
@Value.Immutable
public abstract class Award {
  public abstract HalfYear period();

  public abstract Money budget();

  public abstract Optional<Money> capPerHome();

  public abstract LocalDate paidOn();

  public abstract List<AwardLine> lines();

  public abstract Money unspent();

  /**
   * An award as calculated or as stored: the lines and the unspent remainder must add up to the
   * budget. {@link AwardCalculation} is how an award is made; this restores one that was kept.
   */
  public static Award of(HalfYear period, Money budget, Optional<Money> capPerHome, LocalDate paidOn,
      List<AwardLine> lines, Money unspent) {
    return ImmutableAward.builder().period(period).budget(budget).capPerHome(capPerHome).paidOn(paidOn).lines(lines)
        .unspent(unspent).build();
  }

  public Money awarded() {
    return Money.total(lines().stream().map(AwardLine::amount).toList());
  }

  @Value.Check
  void check() {
    if (!awarded().plus(unspent()).equals(budget())) {
      throw new IllegalStateException("an award's lines and unspent remainder add up to its budget");
    }
  }
}
