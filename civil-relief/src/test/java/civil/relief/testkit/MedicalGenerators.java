package civil.relief.testkit;

import static civil.core.testkit.CoreGenerators.datesBetween;
import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.CoreGenerators.residentIds;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.YearToDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for medical-aid settlement: bills, aid categories and year-to-date
 * totals. Amounts are biased toward the figures where the rules turn: zero, the deductibles,
 * the critical-illness threshold and band edges, and amounts large enough to reach every annual
 * cap within a few bills.
 */
public final class MedicalGenerators {
  private static final AtomicLong BILL_NUMBER = new AtomicLong();

  private MedicalGenerators() {}

  public static Gen<AidCategory> aidCategories() {
    return Generate.enumValues(AidCategory.class);
  }

  public static Gen<HospitalLevel> hospitalLevels() {
    return Generate.enumValues(HospitalLevel.class);
  }

  public static Gen<CareType> careTypes() {
    return Generate.enumValues(CareType.class);
  }

  /**
   * In-scope amounts up to ¥3,000,000, a quarter of them at a turning point of the default
   * policy: 0, the deductibles, the critical threshold (full and tilted) and band edges.
   */
  public static Gen<Money> inScopeAmounts() {
    List<Long> turningPoints = List.of(0L, 1L, 20_000L, 50_000L, 100_000L, 100_001L, 750_000L, 1_500_000L,
        1_500_001L, 5_750_000L, 6_500_000L, 11_500_000L, 20_000_000L, 40_000_000L);
    Gen<Long> small = longsBiased(0, 3_000_000);
    Gen<Long> large = longsBiased(0, 300_000_000);
    return Generate.pick(turningPoints).mix(small, 50).mix(large, 40).map(Money::ofFen);
  }

  /** A bill of {@code resident} settled between the two dates, with a fresh bill id. */
  public static Gen<Bill> bills(ResidentId resident, LocalDate from, LocalDate to) {
    Gen<Money> outOfScope = longsBiased(0, 2_000_000).map(Money::ofFen);
    return hospitalLevels().zip(careTypes(), datesBetween(from, to), inScopeAmounts().zip(outOfScope, Money::plus)
            .zip(outOfScope, (total, out) -> new Money[] {total, total.minus(out).max(Money.zero())}),
        (level, care, date, amounts) -> Bill.of("B" + BILL_NUMBER.incrementAndGet(), resident, level, care, date,
            amounts[0], amounts[1]));
  }

  /** Bills of any resident in 2026. */
  public static Gen<Bill> bills() {
    return residentIds().flatMap(r -> bills(r, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  /** Between one and {@code max} bills of one resident in 2026, in date order. */
  public static Gen<List<Bill>> yearOfBills(int max) {
    return residentIds().flatMap(r -> SourceDSL.lists()
        .of(bills(r, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .ofSizeBetween(1, max)
        .map(list -> list.stream().sorted(Comparator.comparing(Bill::settledOn)).toList()));
  }

  /** Year-to-date totals that could stand at some point of a year, caps included. */
  public static Gen<YearToDate> yearToDates() {
    Gen<Long> any = longsBiased(0, 50_000_000);
    return any.zip(any, any, any, (basic, critical, criticalPaid, aidPaid) -> YearToDate.ofFen(
        Math.min(basic, 20_000_000), critical, Math.min(criticalPaid, 40_000_000), critical, Math.min(aidPaid, 8_000_000)));
  }
}
