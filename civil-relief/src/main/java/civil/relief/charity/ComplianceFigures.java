package civil.relief.charity;

import civil.core.money.Money;
import civil.core.money.Ratio;
import java.math.RoundingMode;

/**
 * The two Charity Law figures (慈善法合规指标) for a year: charitable spending (disbursements and
 * charitable expenses) must be at least 70% of the previous year's income (donations received);
 * administrative expenses must be at most 10% of the year's total spending.
 */
public record ComplianceFigures(
    int year,
    Money previousYearIncome,
    Money disbursements,
    Money charitableExpenses,
    Money administrativeExpenses,
    Ratio charitableMinimum,
    Ratio administrativeMaximum) {

  /** Disbursements plus charitable expenses. */
  public Money charitableSpending() {
    return disbursements.plus(charitableExpenses);
  }

  /** Charitable spending plus administrative expenses. */
  public Money totalSpending() {
    return charitableSpending().plus(administrativeExpenses);
  }

  /** The least charitable spending the first rule asks for (rounded up to the fen). */
  public Money requiredCharitableSpending() {
    return previousYearIncome.times(charitableMinimum, RoundingMode.CEILING);
  }

  /** The most administration the second rule allows (rounded down to the fen). */
  public Money allowedAdministrativeExpenses() {
    return totalSpending().times(administrativeMaximum, RoundingMode.FLOOR);
  }

  /** Charitable spending ≥ 70% of the previous year's income, compared exactly. */
  public boolean charitableSpendingHolds() {
    return Math.multiplyExact(charitableSpending().fen(), Ratio.ONE_BP)
        >= Math.multiplyExact(previousYearIncome.fen(), charitableMinimum.basisPoints());
  }

  /** Administrative expenses ≤ 10% of total spending, compared exactly. */
  public boolean administrativeLimitHolds() {
    return Math.multiplyExact(administrativeExpenses.fen(), Ratio.ONE_BP)
        <= Math.multiplyExact(totalSpending().fen(), administrativeMaximum.basisPoints());
  }
}
