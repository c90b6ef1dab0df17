package civil.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.InMemoryAidCategoryStore;
import civil.relief.medical.InMemorySettlementLedger;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementRecord;
import civil.relief.policy.ReliefPolicy;
import civil.relief.subsistence.SubsistenceAssessment;
import civil.relief.subsistence.SubsistenceDecision;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/library.md, as they are written there. */
class LibraryExampleTest {
  @Test
  void settleABillAtTheDesk() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    AidCategoryRegister categories = new AidCategoryRegister(new InMemoryAidCategoryStore());
    SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), categories,
        new InMemorySettlementLedger(), clock);

    ResidentId patient = ResidentId.parse("410802198005010013");
    categories.register(patient, new CategoryAssignment(AidCategory.SUBSISTENCE,
        DateRange.startingOn(LocalDate.of(2026, 1, 1))));
    Bill bill = Bill.of("B-0001", patient, HospitalLevel.SECONDARY, CareType.INPATIENT,
        LocalDate.of(2026, 3, 2), Money.ofYuan(12_000), Money.ofYuan(10_000));
    SettlementRecord s = desk.settle(bill).record();

    assertEquals(Money.ofYuan(7_600), s.basicInsurance());
    assertEquals(Money.ofYuan(1_800), s.medicalAid());
    assertEquals(Money.ofYuan(2_600), s.selfPay());
    s.steps().forEach(step -> System.out.println(step.text()));
  }

  @Test
  void assessAHousehold() {
    Household household = Household.of(AreaType.URBAN, false, false, List.of(
        HouseholdMember.of(ResidentId.parse("410802198005010013"), Money.ofYuan(300), Money.zero(), true, false)));
    SubsistenceDecision d = SubsistenceAssessment.assess(household, LocalDate.of(2026, 3, 1), ReliefPolicy.defaults());

    assertEquals(Money.ofYuan(636), d.monthlyAllowance());
    d.tests().forEach(t -> System.out.println(t.text()));
  }
}
