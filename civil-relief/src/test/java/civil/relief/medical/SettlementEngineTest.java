package civil.relief.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of medical-aid.md, fresh year, amounts in fen. */
class SettlementEngineTest {
  private static final MedicalAidPolicy POLICY = MedicalAidPolicy.defaults();
  private static final ResidentId RESIDENT = ResidentId.parse("410802194601031234");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  private static Settlement settle(AidCategory category, HospitalLevel level, CareType care, long total, long inScope) {
    return settle(category, level, care, total, inScope, YearToDate.zero());
  }

  private static Settlement settle(AidCategory category, HospitalLevel level, CareType care, long total, long inScope,
      YearToDate before) {
    Bill bill = Bill.of("B1", RESIDENT, level, care, DAY, Money.ofFen(total), Money.ofFen(inScope));
    return SettlementEngine.settle(bill, category, before, POLICY);
  }

  private static void assertPays(Settlement s, long basic, long critical, long aid, long self) {
    assertEquals(List.of(basic, critical, aid, self), List.of(s.basicInsurance().fen(), s.criticalIllness().fen(),
        s.medicalAid().fen(), s.selfPay().fen()), s.steps().toString());
  }

  @Test
  void subsistenceAtASecondaryHospital() {
    assertPays(settle(AidCategory.SUBSISTENCE, HospitalLevel.SECONDARY, CareType.INPATIENT, 1_200_000, 1_000_000),
        760_000, 0, 180_000, 260_000);
  }

  @Test
  void lowIncomeAtATertiaryHospital() {
    assertPays(settle(AidCategory.LOW_INCOME, HospitalLevel.TERTIARY, CareType.INPATIENT, 8_000_000, 6_500_000),
        4_160_000, 504_000, 998_400, 2_337_600);
  }

  @Test
  void noCategoryGetsNoAid() {
    assertPays(settle(AidCategory.NONE, HospitalLevel.PRIMARY, CareType.INPATIENT, 300_000, 280_000),
        234_000, 0, 0, 66_000);
  }

  @Test
  void extremelyPoorOutpatientSpecialRoundsHalfUp() {
    assertPays(settle(AidCategory.EXTREMELY_POOR, HospitalLevel.PRIMARY, CareType.OUTPATIENT_SPECIAL, 45_678, 40_001),
        28_001, 0, 12_000, 5_677);
  }

  @Test
  void tiltSpansTwoBands() {
    assertPays(settle(AidCategory.SUBSISTENCE, HospitalLevel.TERTIARY, CareType.INPATIENT, 20_000_000, 20_000_000),
        12_935_000, 4_236_250, 2_121_563, 707_187);
  }

  @Test
  void tiltRaisesTheCriticalPaymentComparedWithLowIncome() {
    assertPays(settle(AidCategory.SUBSISTENCE, HospitalLevel.TERTIARY, CareType.INPATIENT, 8_000_000, 6_500_000),
        4_160_000, 1_033_500, 979_875, 1_826_625);
  }

  @Test
  void twoBillsInOneYearForAnIllnessPoorResident() {
    Settlement first = settle(AidCategory.ILLNESS_POOR, HospitalLevel.TERTIARY, CareType.INPATIENT, 2_500_000, 2_000_000);
    assertPays(first, 1_235_000, 0, 9_000, 1_256_000);
    Settlement second = settle(AidCategory.ILLNESS_POOR, HospitalLevel.TERTIARY, CareType.INPATIENT, 6_000_000,
        5_000_000, first.yearToDateAfter());
    assertPays(second, 3_185_000, 648_000, 700_200, 1_466_800);
    assertEquals(709_200, second.yearToDateAfter().aidPaid().fen());
    assertEquals(2_580_000, second.yearToDateAfter().criticalBase().fen());
  }

  @Test
  void theYearToDateGrowsByExactlyTheSettlementsContribution() {
    Settlement s = settle(AidCategory.LOW_INCOME, HospitalLevel.TERTIARY, CareType.INPATIENT, 8_000_000, 6_500_000);
    assertEquals(YearToDate.ofFen(4_160_000, 2_340_000, 504_000, 1_836_000, 998_400), s.yearToDateAfter());
    assertEquals(s.yearToDateAfter(), s.contribution());
  }

  @Test
  void aCapThatBitesSaysByHowMuch() {
    YearToDate nearCaps = YearToDate.ofFen(19_900_000, 0, 0, 0, 3_990_000);
    Settlement s = settle(AidCategory.LOW_INCOME, HospitalLevel.TERTIARY, CareType.INPATIENT, 1_000_000, 1_000_000,
        nearCaps);
    // basic would pay (1,000,000 − 100,000) × 65% = 585,000 but only 100,000 is left of ¥200,000
    assertEquals(100_000, s.basicInsurance().fen());
    SettlementStep cap = s.steps().stream().filter(x -> x.rule() == SettlementStep.Rule.BASIC_CAP).findFirst().orElseThrow();
    assertEquals(485_000, cap.figure("cutFen"));
    assertEquals(100_000, cap.figure("leftFen"));
    assertTrue(cap.text().contains("核减¥4,850.00"), cap.text());
    // aid: 900,000 above threshold? self2 = 900,000; base 900,000 − 300,000 = 600,000 × 65% = 390,000, only 10,000 left
    assertEquals(10_000, s.medicalAid().fen());
    assertEquals(380_000, s.steps().stream().filter(x -> x.rule() == SettlementStep.Rule.AID_CAP).findFirst()
        .orElseThrow().figure("cutFen"));
  }

  @Test
  void theTiltWaivesTheCriticalCap() {
    YearToDate atCriticalCap = YearToDate.ofFen(0, 2_000_000, 40_000_000, 0, 0);
    Settlement tilted = settle(AidCategory.MONITORED, HospitalLevel.TERTIARY, CareType.INPATIENT, 1_100_000, 1_100_000,
        atCriticalCap);
    Settlement plain = settle(AidCategory.LOW_INCOME, HospitalLevel.TERTIARY, CareType.INPATIENT, 1_100_000, 1_100_000,
        atCriticalCap);
    assertTrue(tilted.criticalIllness().isPositive());
    assertEquals(Money.zero(), plain.criticalIllness());
  }

  @Test
  void stepsExplainEveryPayerInOrder() {
    Settlement s = settle(AidCategory.SUBSISTENCE, HospitalLevel.TERTIARY, CareType.INPATIENT, 20_000_000, 20_000_000);
    List<SettlementStep.Rule> rules = s.steps().stream().map(SettlementStep::rule).toList();
    assertEquals(List.of(SettlementStep.Rule.BASIC_DEDUCTIBLE, SettlementStep.Rule.BASIC_RATIO,
        SettlementStep.Rule.CRITICAL_THRESHOLD, SettlementStep.Rule.CRITICAL_BAND, SettlementStep.Rule.CRITICAL_BAND,
        SettlementStep.Rule.CRITICAL_TOTAL, SettlementStep.Rule.CRITICAL_CAP_WAIVED, SettlementStep.Rule.AID_THRESHOLD,
        SettlementStep.Rule.AID_RATIO, SettlementStep.Rule.SELF_PAY), rules);
    SettlementStep secondBand = s.steps().get(4);
    assertEquals(2, secondBand.figure("band"));
    assertEquals(1_315_000, secondBand.figure("partFen"));
    assertEquals(7_500, secondBand.figure("ratioBp"));
    assertEquals("大病保险第2段（起付线以上¥50,000.00至¥100,000.00）：¥13,150.00 × 75%", secondBand.text());
    assertEquals(750_000, s.steps().get(2).figure("thresholdFen"));
    assertEquals("基本医保：三级医院住院起付线¥1,000.00，政策范围内费用¥200,000.00，扣除起付线后¥199,000.00",
        s.steps().get(0).text());
  }

  @Test
  void noCategorySaysWhyThereIsNoAid() {
    Settlement s = settle(AidCategory.NONE, HospitalLevel.PRIMARY, CareType.INPATIENT, 300_000, 280_000);
    assertTrue(s.steps().stream().anyMatch(x -> x.rule() == SettlementStep.Rule.AID_NONE));
  }
}
