package civil.relief.medical;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.CoreGenerators.ratiosUpToOne;
import static civil.core.testkit.Theories.qt;
import static civil.relief.testkit.MedicalGenerators.aidCategories;
import static civil.relief.testkit.MedicalGenerators.bills;
import static civil.relief.testkit.MedicalGenerators.yearOfBills;
import static civil.relief.testkit.MedicalGenerators.yearToDates;

import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SettlementPropertiesTest {
  private static final MedicalAidPolicy POLICY = MedicalAidPolicy.defaults();
  private static final Money BASIC_CAP = POLICY.basicInsurance().annualCap();
  private static final Money CRITICAL_CAP = POLICY.criticalIllness().annualCap();

  private static Money aidCap(AidCategory c) {
    return POLICY.medicalAid().categories().stream().filter(t -> t.category() == c).findFirst()
        .map(MedicalAidPolicy.AidTerms::annualCap).orElse(Money.zero());
  }

  private static boolean tilted(AidCategory c) {
    return POLICY.criticalIllness().tilt().categories().contains(c);
  }

  @Test
  void theThreePayersAndThePatientPayTheTotalExactly() {
    qt().forAll(bills(), aidCategories(), yearToDates()).check((bill, category, before) -> {
      Settlement s = SettlementEngine.settle(bill, category, before, POLICY);
      return s.basicInsurance().plus(s.criticalIllness()).plus(s.medicalAid()).plus(s.selfPay()).equals(bill.total());
    });
  }

  @Test
  void everyPartIsNonNegativeAndThePayersStayWithinScope() {
    qt().forAll(bills(), aidCategories(), yearToDates()).check((bill, category, before) -> {
      Settlement s = SettlementEngine.settle(bill, category, before, POLICY);
      Money payers = s.basicInsurance().plus(s.criticalIllness()).plus(s.medicalAid());
      return !s.basicInsurance().isNegative() && !s.criticalIllness().isNegative() && !s.medicalAid().isNegative()
          && !s.selfPay().isNegative() && !payers.isGreaterThan(bill.inScope());
    });
  }

  @Test
  void noneNeverReceivesAid() {
    qt().forAll(bills(), yearToDates())
        .check((bill, before) -> SettlementEngine.settle(bill, AidCategory.NONE, before, POLICY).medicalAid().isZero());
  }

  @Test
  void withOneCategoryAllYearNoAnnualCapIsEverExceeded() {
    qt(150).forAll(yearOfBills(15), aidCategories()).check((bills, category) -> {
      YearToDate ytd = YearToDate.zero();
      for (Bill bill : bills) {
        ytd = SettlementEngine.settle(bill, category, ytd, POLICY).yearToDateAfter();
        if (ytd.basicPaid().isGreaterThan(BASIC_CAP)
            || (!tilted(category) && ytd.criticalPaid().isGreaterThan(CRITICAL_CAP))
            || ytd.aidPaid().isGreaterThan(aidCap(category))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void aBillNeverRaisesATotalAlreadyAtOrAboveTheCapInForce() {
    Gen<List<AidCategory>> categoryPerBill = SourceDSL.lists().of(aidCategories()).ofSize(15);
    qt(150).forAll(yearOfBills(15), categoryPerBill).check((bills, categories) -> {
      YearToDate ytd = YearToDate.zero();
      for (int i = 0; i < bills.size(); i++) {
        AidCategory c = categories.get(i);
        Settlement s = SettlementEngine.settle(bills.get(i), c, ytd, POLICY);
        boolean basicOk = ytd.basicPaid().isLessThan(BASIC_CAP) || s.basicInsurance().isZero();
        boolean criticalOk = tilted(c) || ytd.criticalPaid().isLessThan(CRITICAL_CAP) || s.criticalIllness().isZero();
        boolean aidOk = ytd.aidPaid().isLessThan(aidCap(c)) || s.medicalAid().isZero();
        if (!(basicOk && criticalOk && aidOk)) {
          return false;
        }
        ytd = s.yearToDateAfter();
      }
      return true;
    });
  }

  @Test
  void raisingTheInScopeAmountNeverLowersAnyPayer() {
    qt().forAll(bills(), aidCategories(), yearToDates(), longsBiased(0, 5_000_000)).check((bill, category, before, more) -> {
      Bill bigger = Bill.of(bill.billId(), bill.residentId(), bill.hospitalLevel(), bill.careType(), bill.settledOn(),
          bill.total().plus(Money.ofFen(more)), bill.inScope().plus(Money.ofFen(more)));
      Settlement a = SettlementEngine.settle(bill, category, before, POLICY);
      Settlement b = SettlementEngine.settle(bigger, category, before, POLICY);
      return !b.basicInsurance().isLessThan(a.basicInsurance())
          && !b.criticalIllness().isLessThan(a.criticalIllness())
          && !b.medicalAid().isLessThan(a.medicalAid());
    });
  }

  @Test
  void settlingThenReversingRestoresTheYearToDateExactly() {
    qt(150).forAll(yearOfBills(8), aidCategories()).check((bills, category) -> {
      InMemoryAidCategoryStore store = new InMemoryAidCategoryStore();
      AidCategoryRegister register = new AidCategoryRegister(store);
      if (category != AidCategory.NONE) {
        register.register(bills.get(0).residentId(),
            new CategoryAssignment(category, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
      }
      SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), register,
          new InMemorySettlementLedger(), Clock.fixed(Instant.parse("2027-01-05T00:00:00Z"), ZoneOffset.UTC));
      PolicyYear year = PolicyYear.of(2026);
      for (Bill bill : bills.subList(0, bills.size() - 1)) {
        desk.settle(bill);
      }
      YearToDate before = desk.yearToDate(bills.get(0).residentId(), year);
      SettlementRecord last = desk.settle(bills.get(bills.size() - 1)).record();
      desk.reverse(last.settlementId());
      return desk.yearToDate(bills.get(0).residentId(), year).equals(before);
    });
  }

  @Test
  void aCategoryWithLowerThresholdHigherRatioAndHigherCapNeverGetsLessAid() {
    Gen<Money> amount = longsBiased(0, 10_000_000).map(Money::ofFen);
    Gen<MedicalAidPolicy.AidTerms> terms = amount.zip(ratiosUpToOne(), amount,
        (t, r, cap) -> MedicalAidPolicy.AidTerms.of(AidCategory.LOW_INCOME, t, r, cap));
    Gen<MedicalAidPolicy.AidTerms[]> dominating = terms.zip(amount, ratiosUpToOne(), amount, (weaker, dt, dr, dc) ->
        new MedicalAidPolicy.AidTerms[] {weaker, MedicalAidPolicy.AidTerms.of(AidCategory.SUBSISTENCE,
            weaker.threshold().minus(dt).max(Money.zero()),
            weaker.ratio().plusAtMost(dr, Ratio.one()), weaker.annualCap().plus(dc))});
    qt().forAll(dominating, amount, amount, amount).check((pair, self2, aidBase, aidPaid) ->
        !SettlementEngine.aid(self2, aidBase, aidPaid, pair[1])
            .isLessThan(SettlementEngine.aid(self2, aidBase, aidPaid, pair[0])));
  }
}
