package civil.eldercare.homecare;

import civil.core.money.Decimals;
import java.math.BigDecimal;

/** How a visit's hours count: funded by the month's hours, or self-paid beyond them. */
public record VisitHours(Visit visit, int fundedHalfHours, int selfPaidHalfHours) {
  public BigDecimal fundedHours() {
    return Decimals.halves(fundedHalfHours);
  }

  public BigDecimal selfPaidHours() {
    return Decimals.halves(selfPaidHalfHours);
  }
}
