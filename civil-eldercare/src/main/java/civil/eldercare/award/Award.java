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
