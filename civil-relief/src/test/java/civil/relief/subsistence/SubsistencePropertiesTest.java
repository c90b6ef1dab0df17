package civil.relief.subsistence;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.Theories.qt;
import static civil.relief.testkit.ReliefGenerators.households;

import civil.core.money.Money;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.policy.ReliefPolicy;
import civil.relief.testkit.ReliefGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SubsistencePropertiesTest {
  private static final ReliefPolicy POLICY = ReliefPolicy.defaults();
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);

  @Test
  void theAllowanceNeverRisesWhenAMembersIncomeRises() {
    qt().forAll(households(), Generate.range(0, 5), longsBiased(1, 100_000)).check((h, index, raise) -> {
      int i = index % h.size();
      List<HouseholdMember> raised = new ArrayList<>(h.members());
      HouseholdMember m = raised.get(i);
      raised.set(i, HouseholdMember.of(m.residentId(), m.monthlyIncome().plus(Money.ofFen(raise)), m.financialAssets(),
          m.severelyDisabled(), m.seriouslyIll()));
      Household richer = Household.of(h.areaType(), h.disqualifyingAssets(), h.singleParentOrOrphan(), raised);
      return !SubsistenceAssessment.assess(richer, ON, POLICY).monthlyAllowance()
          .isGreaterThan(SubsistenceAssessment.assess(h, ON, POLICY).monthlyAllowance());
    });
  }

  @Test
  void anEligibleHouseholdReceivesAtLeastTheFloorAndAnIneligibleOneNothing() {
    qt().forAll(households()).check(h -> {
      SubsistenceDecision d = SubsistenceAssessment.assess(h, ON, POLICY);
      return d.eligible()
          ? !d.monthlyAllowance().isLessThan(Money.ofYuan(30).times(h.size())) && d.monthlyAllowance().fen() % 100 == 0
          : d.monthlyAllowance().isZero() && d.increments().isEmpty();
    });
  }

  @Test
  void eligibilityIsExactlyTheThreeTests() {
    qt().forAll(households()).check(h -> {
      SubsistenceDecision d = SubsistenceAssessment.assess(h, ON, POLICY);
      Money s = POLICY.standard(h.areaType());
      boolean expected = h.totalIncome().isLessThan(s.times(h.size()))
          && !h.totalAssets().isGreaterThan(s.times(24).times(h.size())) && !h.disqualifyingAssets();
      return d.eligible() == expected && d.tests().stream().allMatch(EligibilityTest::passed) == expected;
    });
  }

  @Test
  void eachIncrementIsOneRoundingOfTheExactShareOfTheStandard() {
    qt().forAll(ReliefGenerators.policiesWithStandards(), households()).check((policy, h) -> {
      SubsistenceDecision d = SubsistenceAssessment.assess(h, ON, policy);
      return d.increments().stream().allMatch(i -> {
        BigDecimal exactYuan = BigDecimal.valueOf(policy.standard(h.areaType()).fen())
            .multiply(BigDecimal.valueOf(policy.subsistence().incrementRate(i.kind()).basisPoints())).movePointLeft(6);
        return i.amount().equals(Money.ofYuan(exactYuan.setScale(0, RoundingMode.HALF_UP).longValueExact()));
      });
    });
  }
}
