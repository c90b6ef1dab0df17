package civil.relief.medical;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import civil.core.period.PolicyYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A settlement as the desk stores it: its id, the bill, what each payer paid, the year to date
 * before and after, the steps, the policy version, and whether (and when) it was reversed. A
 * reversal changes only the status and date; the recorded figures stay as they were settled.
 */
@Value.Immutable
public abstract class SettlementRecord {
  public abstract String settlementId();

  public abstract Bill bill();

  public abstract AidCategory category();

  public abstract Money basicInsurance();

  public abstract Money criticalIllness();

  public abstract Money medicalAid();

  public abstract Money selfPay();

  public abstract YearToDate yearToDateBefore();

  public abstract YearToDate yearToDateAfter();

  /** Where the steps come from: kept with the record, or read when first asked for. */
  @Value.Auxiliary
  abstract Supplier<List<SettlementStep>> stepsSource();

  /**
   * The steps that explain the figures, in order. A record read back from storage reads them when
   * first asked for (a report over a million settlements never needs them), then keeps them. They
   * follow from the other attributes, so they take no part in equality.
   */
  @Value.Lazy
  public List<SettlementStep> steps() {
    return List.copyOf(stepsSource().get());
  }

  public abstract String policyVersion();

  public abstract SettlementStatus status();

  /** The day it was reversed; present exactly when the status is {@code REVERSED}. */
  public abstract Optional<LocalDate> reversedOn();

  /** A new, standing record of {@code settlement} under {@code settlementId}. */
  public static SettlementRecord settled(String settlementId, Settlement settlement) {
    return ImmutableSettlementRecord.builder()
        .settlementId(settlementId)
        .bill(settlement.bill())
        .category(settlement.category())
        .basicInsurance(settlement.basicInsurance())
        .criticalIllness(settlement.criticalIllness())
        .medicalAid(settlement.medicalAid())
        .selfPay(settlement.selfPay())
        .yearToDateBefore(settlement.yearToDateBefore())
        .yearToDateAfter(settlement.yearToDateAfter())
        .stepsSource(constant(settlement.steps()))
        .policyVersion(settlement.policyVersion())
        .status(SettlementStatus.SETTLED)
        .build();
  }

  /** A record read back from storage, as it was stored. */
  public static SettlementRecord of(String settlementId, Bill bill, AidCategory category, Money basicInsurance,
      Money criticalIllness, Money medicalAid, Money selfPay, YearToDate before, YearToDate after,
      List<SettlementStep> steps, String policyVersion, Optional<LocalDate> reversedOn) {
    return of(settlementId, bill, category, basicInsurance, criticalIllness, medicalAid, selfPay, before, after,
        constant(steps), policyVersion, reversedOn);
  }

  /**
   * A record read back from storage whose steps are read by {@code steps} when first asked for
   * (at most once).
   */
  public static SettlementRecord of(String settlementId, Bill bill, AidCategory category, Money basicInsurance,
      Money criticalIllness, Money medicalAid, Money selfPay, YearToDate before, YearToDate after,
      Supplier<List<SettlementStep>> steps, String policyVersion, Optional<LocalDate> reversedOn) {
    return ImmutableSettlementRecord.builder()
        .settlementId(settlementId).bill(bill).category(category).basicInsurance(basicInsurance)
        .criticalIllness(criticalIllness).medicalAid(medicalAid).selfPay(selfPay)
        .yearToDateBefore(before).yearToDateAfter(after).stepsSource(steps).policyVersion(policyVersion)
        .status(reversedOn.isPresent() ? SettlementStatus.REVERSED : SettlementStatus.SETTLED)
        .reversedOn(reversedOn)
        .build();
  }

  /** This record, reversed on {@code date}. */
  public SettlementRecord reversedOn(LocalDate date) {
    return ImmutableSettlementRecord.builder().from(this).status(SettlementStatus.REVERSED).reversedOn(date).build();
  }

  private static Supplier<List<SettlementStep>> constant(List<SettlementStep> steps) {
    List<SettlementStep> kept = List.copyOf(steps);
    return () -> kept;
  }

  public boolean isReversed() {
    return status() == SettlementStatus.REVERSED;
  }

  /** The policy year whose totals the settlement counts in. */
  public PolicyYear policyYear() {
    return PolicyYear.containing(bill().settledOn());
  }

  /** What the settlement added to the year to date, which a reversal takes off. */
  public YearToDate contribution() {
    return yearToDateAfter().minus(yearToDateBefore());
  }

  @Value.Check
  void check() {
    if (reversedOn().isPresent() != (status() == SettlementStatus.REVERSED)) {
      throw new InvalidInputException("INVALID_SETTLEMENT", "reversedOn",
          "a settlement has a reversal date exactly when it is reversed");
    }
    if (!basicInsurance().plus(criticalIllness()).plus(medicalAid()).plus(selfPay()).equals(bill().total())) {
      throw new InvalidInputException("INVALID_SETTLEMENT", "selfPayFen",
          "the three payers and the patient must pay the total exactly");
    }
  }
}
