package civil.relief.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.InvalidInputException;
import civil.core.error.RefusedException;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.PolicyYear;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.InMemoryAidCategoryStore;
import civil.relief.medical.InMemorySettlementLedger;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.Settlement;
import civil.relief.medical.SettlementChannel;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.YearToDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HospitalDeskTest {
  private static final HospitalCode CODE = HospitalCode.parse("H41080200001");
  private static final ResidentId PATIENT = ResidentId.parse("410802198005010013");
  private final HospitalRegistry registry = new HospitalRegistry(new InMemoryHospitalStore());
  private final SettlementDesk settlements = new SettlementDesk(MedicalAidPolicy.defaultRegistry(),
      new AidCategoryRegister(new InMemoryAidCategoryStore()), new InMemorySettlementLedger(),
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
  private final HospitalDesk desk = new HospitalDesk(registry, settlements);

  private static SettlementClaim claim(Optional<HospitalCode> hospital, String billId, Optional<HospitalLevel> level,
      LocalDate on) {
    return new SettlementClaim(hospital, billId, PATIENT, level, CareType.INPATIENT, on, Money.ofYuan(12_000),
        Money.ofYuan(10_000));
  }

  @Test
  void theLevelComesFromTheRegistryAcrossAnUpgrade() {
    registry.register(CODE, "人民医院", HospitalLevel.SECONDARY, LocalDate.of(2026, 1, 1), Optional.empty());
    registry.addLevel(CODE, HospitalLevel.TERTIARY, LocalDate.of(2026, 5, 1));
    SettlementRecord before = desk.settle(claim(Optional.of(CODE), "B-1", Optional.empty(), LocalDate.of(2026, 4, 30))).record();
    SettlementRecord after = desk.settle(claim(Optional.of(CODE), "B-2", Optional.empty(), LocalDate.of(2026, 5, 1))).record();
    assertEquals(HospitalLevel.SECONDARY, before.bill().hospitalLevel());
    assertEquals(HospitalLevel.TERTIARY, after.bill().hospitalLevel());
    assertEquals(SettlementChannel.HOSPITAL, after.bill().channel());
    assertEquals("HOSPITAL_LEVEL_MISMATCH", assertThrows(RefusedException.class, () -> desk.settle(
        claim(Optional.of(CODE), "B-3", Optional.of(HospitalLevel.SECONDARY), LocalDate.of(2026, 5, 2)))).code());
  }

  @Test
  void aSuspendedHospitalIsRefusedAndTheYearToDateStaysAsItWas() {
    registry.register(CODE, "人民医院", HospitalLevel.SECONDARY, LocalDate.of(2026, 1, 1), Optional.empty());
    registry.suspend(CODE, LocalDate.of(2026, 3, 1), Optional.empty(), "暂停联网");
    assertEquals("HOSPITAL_NOT_DESIGNATED", assertThrows(RefusedException.class,
        () -> desk.settle(claim(Optional.of(CODE), "B-1", Optional.empty(), LocalDate.of(2026, 3, 2)))).code());
    assertEquals(YearToDate.zero(), settlements.yearToDate(PATIENT, PolicyYear.of(2026)));
  }

  @Test
  void aPreviewIsTheSettlementThatFollowsAndStoresNothing() {
    registry.register(CODE, "人民医院", HospitalLevel.SECONDARY, LocalDate.of(2026, 1, 1), Optional.empty());
    SettlementClaim c = claim(Optional.of(CODE), "B-1", Optional.empty(), LocalDate.of(2026, 3, 2));
    Settlement preview = desk.preview(c);
    assertEquals(YearToDate.zero(), settlements.yearToDate(PATIENT, PolicyYear.of(2026)));
    SettlementRecord settled = desk.settle(c).record();
    assertEquals(preview.basicInsurance(), settled.basicInsurance());
    assertEquals(preview.medicalAid(), settled.medicalAid());
    assertEquals(preview.selfPay(), settled.selfPay());
    assertEquals(preview.yearToDateAfter(), settled.yearToDateAfter());
    // previewing a bill already settled is no conflict
    assertEquals(settled.yearToDateAfter(), desk.preview(c).yearToDateBefore());
  }

  @Test
  void billNumbersAreEachHospitalsOwnAndAManualClaimNamesItsLevel() {
    HospitalCode other = HospitalCode.parse("H41080200002");
    registry.register(CODE, "人民医院", HospitalLevel.SECONDARY, LocalDate.of(2026, 1, 1), Optional.empty());
    registry.register(other, "中医院", HospitalLevel.SECONDARY, LocalDate.of(2026, 1, 1), Optional.empty());
    LocalDate on = LocalDate.of(2026, 3, 2);
    SettlementRecord a = desk.settle(claim(Optional.of(CODE), "B-1", Optional.empty(), on)).record();
    SettlementRecord b = desk.settle(claim(Optional.of(other), "B-1", Optional.empty(), on)).record();
    assertEquals(false, a.settlementId().equals(b.settlementId()));
    assertEquals("MISSING_FIELD", assertThrows(InvalidInputException.class,
        () -> desk.settle(claim(Optional.empty(), "B-1", Optional.empty(), on))).code());
    SettlementRecord manual = desk.settle(claim(Optional.empty(), "B-1", Optional.of(HospitalLevel.PRIMARY), on)).record();
    assertEquals(SettlementChannel.MANUAL, manual.bill().channel());
    assertEquals("MANUAL/B-1", manual.bill().key());
  }
}
