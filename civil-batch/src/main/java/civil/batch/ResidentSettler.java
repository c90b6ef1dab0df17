package civil.batch;

import civil.core.policy.PolicyRegistry;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementEngine;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Settles one resident's bills, already in {@link BatchBill#ORDER}, with the desk's own engine
 * (its allocation-free entry, {@link SettlementEngine#settleFen}):
 * each calendar year starts from a zero year to date, each bill moves it, each bill is settled
 * under the policy in force on its day. The only rule of the batch, shared by both engines.
 */
public final class ResidentSettler {
  private ResidentSettler() {}

  public static void settle(List<BatchBill> bills, PolicyRegistry<MedicalAidPolicy> policies, Consumer<SettledBill> out) {
    long[] ytd = new long[SettlementEngine.YEAR_TO_DATE];
    long[] pays = new long[SettlementEngine.PAYMENTS];
    int year = Integer.MIN_VALUE;
    for (BatchBill b : bills) {
      if (b.settledOn().getYear() != year) {
        year = b.settledOn().getYear();
        Arrays.fill(ytd, 0);
      }
      SettlementEngine.settleFen(b.totalFen(), b.inScopeFen(), b.careType(), b.hospitalLevel(), b.aidCategory(), ytd, 0,
          policies.inForceOn(b.settledOn()), pays);
      out.accept(new SettledBill(b.billId(), b.hospitalCode(), b.residentId().value(), b.settledOn(), b.aidCategory(),
          pays[0], pays[1], pays[2], pays[3]));
    }
  }
}
