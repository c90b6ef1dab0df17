package civil.batch;

import civil.core.policy.PolicyRegistry;
import civil.relief.medical.AidCategory;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementEngine;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The only rule of the batch, shared by both engines: bills come in {@link BatchBill#ORDER};
 * each resident starts each calendar year from a zero year to date; each bill moves it and is
 * settled by the desk's own engine (its allocation-free entry,
 * {@link SettlementEngine#settleFen}) under the policy in force on its day.
 */
public final class ResidentSettler {
  private final long[] ytd = new long[SettlementEngine.YEAR_TO_DATE];
  private long resident = -1;
  private int year;

  /** A settler at the start of a file. */
  public ResidentSettler() {}

  /**
   * Settles the next bill in order into {@code pays} (basic insurance, critical illness, medical
   * aid, self pay); {@code residentKey} tells residents apart (the ID's first 17 digits).
   */
  public void next(long residentKey, int calendarYear, long totalFen, long inScopeFen, CareType careType,
      HospitalLevel hospitalLevel, AidCategory category, MedicalAidPolicy policy, long[] pays) {
    if (residentKey != resident || calendarYear != year) {
      Arrays.fill(ytd, 0);
      resident = residentKey;
      year = calendarYear;
    }
    SettlementEngine.settleFen(totalFen, inScopeFen, careType, hospitalLevel, category, ytd, 0, policy, pays);
  }

  /** Settles {@code bills}, already in {@link BatchBill#ORDER}. */
  public static void settle(List<BatchBill> bills, PolicyRegistry<MedicalAidPolicy> policies, Consumer<SettledBill> out) {
    ResidentSettler settler = new ResidentSettler();
    long[] pays = new long[SettlementEngine.PAYMENTS];
    for (BatchBill b : bills) {
      settler.next(b.residentKey(), b.settledOn().getYear(), b.totalFen(), b.inScopeFen(), b.careType(), b.hospitalLevel(),
          b.aidCategory(), policies.inForceOn(b.settledOn()), pays);
      out.accept(new SettledBill(b.billId(), b.hospitalCode(), b.residentId().value(), b.settledOn(), b.aidCategory(),
          pays[0], pays[1], pays[2], pays[3]));
    }
  }
}
