package civil.batch;

import civil.core.policy.PolicyRegistry;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.Settlement;
import civil.relief.medical.SettlementEngine;
import civil.relief.medical.YearToDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Settles one resident's bills, already in {@link BatchBill#ORDER}, with the desk's own engine:
 * each calendar year starts from a zero year to date, each bill moves it, each bill is settled
 * under the policy in force on its day. The only rule of the batch, shared by both engines.
 */
public final class ResidentSettler {
  private ResidentSettler() {}

  public static void settle(List<BatchBill> bills, PolicyRegistry<MedicalAidPolicy> policies, Consumer<SettledBill> out) {
    YearToDate ytd = YearToDate.zero();
    int year = Integer.MIN_VALUE;
    for (BatchBill b : bills) {
      if (b.settledOn().getYear() != year) {
        year = b.settledOn().getYear();
        ytd = YearToDate.zero();
      }
      Settlement s = SettlementEngine.settle(b.toBill(), b.aidCategory(), ytd, policies.inForceOn(b.settledOn()));
      ytd = s.yearToDateAfter();
      out.accept(SettledBill.of(b, s));
    }
  }
}
