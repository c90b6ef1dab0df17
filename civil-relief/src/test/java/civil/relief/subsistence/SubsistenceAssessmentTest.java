package civil.relief.subsistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.List;
import civil.relief.testkit.ReliefGenerators;
import org.junit.jupiter.api.Test;

class SubsistenceAssessmentTest {
  private static final ReliefPolicy POLICY = ReliefPolicy.defaults();
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);
  // born 1980-05-01, 1946-01-03 (80 on 2026-01-03), 2015-06-01 (a minor), 1990-01-01
  private static final ResidentId ADULT = ResidentId.ofFirst17("41080219800501001");
  private static final ResidentId ELDER = ResidentId.parse("410802194601031234");
  private static final ResidentId CHILD = ResidentId.ofFirst17("41080220150601002");
  private static final ResidentId OTHER = ResidentId.ofFirst17("41080219900101003");

  private static HouseholdMember member(ResidentId id, long incomeFen) {
    return HouseholdMember.of(id, Money.ofFen(incomeFen), Money.zero(), false, false);
  }

  private static SubsistenceDecision assess(AreaType area, HouseholdMember... members) {
    return SubsistenceAssessment.assess(Household.of(area, false, false, List.of(members)), ON, POLICY);
  }

  @Test
  void incomeExactlyAtTheStandardIsNotEligible() {
    SubsistenceDecision d = assess(AreaType.URBAN, member(ADULT, 72_000));
    assertFalse(d.eligible());
    assertEquals(Money.zero(), d.monthlyAllowance());
    assertFalse(d.tests().get(0).passed());
    assertTrue(d.increments().isEmpty());
  }

  @Test
  void incomeOneFenBelowTheStandardIsEligibleAndTheFloorApplies() {
    SubsistenceDecision d = assess(AreaType.URBAN, member(ADULT, 71_999));
    assertTrue(d.eligible());
    assertEquals(Money.zero(), d.base()); // 0.01 rounds to 0 yuan
    assertEquals(Money.ofYuan(30), d.monthlyAllowance());
  }

  @Test
  void assetsExactlyAtTwentyFourMonthsOfTheStandardAreAllowed() {
    HouseholdMember atLimit = HouseholdMember.of(ADULT, Money.zero(), Money.ofYuan(720 * 24), false, false);
    assertTrue(SubsistenceAssessment.assess(Household.of(AreaType.URBAN, false, false, List.of(atLimit)), ON, POLICY)
        .eligible());
    HouseholdMember above = HouseholdMember.of(ADULT, Money.zero(), Money.ofYuan(720 * 24).plus(Money.ofFen(1)), false, false);
    SubsistenceDecision d = SubsistenceAssessment.assess(Household.of(AreaType.URBAN, false, false, List.of(above)), ON, POLICY);
    assertFalse(d.eligible());
    assertFalse(d.tests().get(1).passed());
  }

  @Test
  void aDisqualifyingAssetMakesTheHouseholdIneligible() {
    SubsistenceDecision d = SubsistenceAssessment.assess(
        Household.of(AreaType.URBAN, true, false, List.of(member(ADULT, 0))), ON, POLICY);
    assertFalse(d.eligible());
    assertEquals(EligibilityTest.Kind.DISQUALIFYING_ASSETS, d.tests().get(2).test());
    assertFalse(d.tests().get(2).passed());
  }

  @Test
  void theDifferenceIsRoundedHalfUpToTheYuanWithoutRoundingThePerCapitaIncome() {
    // S × n − I = 2,160.00 − 0.50 = 2,159.50 → 2,160
    SubsistenceDecision d = assess(AreaType.URBAN, member(ADULT, 50), member(OTHER, 0), member(CHILD, 0));
    assertEquals(Money.ofYuan(2_160), d.base());
    // 1,440.00 − 0.51 = 1,439.49 → 1,439
    assertEquals(Money.ofYuan(1_439), assess(AreaType.URBAN, member(ADULT, 51), member(OTHER, 0)).base());
  }

  @Test
  void eachMemberGetsTheLargestIncrementAndTiesGoToTheFirstInOrder() {
    HouseholdMember disabledAndIll = HouseholdMember.of(ADULT, Money.ofYuan(300), Money.zero(), true, true);
    HouseholdMember elder = member(ELDER, 20_000);
    HouseholdMember child = member(CHILD, 0);
    Household h = Household.of(AreaType.URBAN, false, true, List.of(disabledAndIll, elder, child));
    SubsistenceDecision d = SubsistenceAssessment.assess(h, ON, POLICY);
    // base = 2,160 − 500 = 1,660; increments 216 (30% of 720) + 144 + 144 (20%)
    assertEquals(Money.ofYuan(1_660), d.base());
    assertEquals(List.of(IncrementKind.SEVERELY_DISABLED, IncrementKind.AGED_80_PLUS,
        IncrementKind.MINOR_IN_SINGLE_PARENT_OR_ORPHAN_HOUSEHOLD), d.increments().stream().map(Increment::kind).toList());
    assertEquals(List.of(Money.ofYuan(216), Money.ofYuan(144), Money.ofYuan(144)),
        d.increments().stream().map(Increment::amount).toList());
    assertEquals(Money.ofYuan(2_164), d.monthlyAllowance());
  }

  @Test
  void anIncrementRoundsTheExactShareOfTheStandardOnceToTheYuan() {
    // a standard of ¥721.65: 30% is ¥216.495 → ¥216 (via the fen, ¥216.50, it would be ¥217)
    ReliefPolicy policy = ReliefGenerators.withStandards(Money.parse("721.65"), Money.ofYuan(480));
    ResidentId disabled = ResidentId.ofFirst17("41080219700101001");
    Household h = Household.of(AreaType.URBAN, false, false,
        List.of(HouseholdMember.of(disabled, Money.zero(), Money.zero(), true, false)));
    SubsistenceDecision d = SubsistenceAssessment.assess(h, LocalDate.of(2026, 3, 1), policy);
    assertEquals(Money.ofYuan(216), d.increments().get(0).amount());
  }

  @Test
  void aMinorInATwoParentHouseholdGetsNoIncrement() {
    assertTrue(assess(AreaType.URBAN, member(ADULT, 0), member(CHILD, 0)).increments().isEmpty());
  }

  @Test
  void theAgedIncrementStartsOnTheEightiethBirthday() {
    Household h = Household.of(AreaType.RURAL, false, false, List.of(member(ELDER, 0)));
    assertTrue(SubsistenceAssessment.assess(h, LocalDate.of(2026, 1, 2), POLICY).increments().isEmpty());
    SubsistenceDecision on80th = SubsistenceAssessment.assess(h, LocalDate.of(2026, 1, 3), POLICY);
    assertEquals(Money.ofYuan(96), on80th.increments().get(0).amount()); // 20% of ¥480
    assertEquals(Money.ofYuan(480 + 96), on80th.monthlyAllowance());
  }

  @Test
  void theRuralStandardIsFourHundredEightyYuan() {
    SubsistenceDecision d = assess(AreaType.RURAL, member(ADULT, 30_000), member(OTHER, 0));
    assertEquals(Money.ofYuan(480), d.standard());
    assertEquals(Money.ofYuan(660), d.monthlyAllowance());
  }

  @Test
  void everyTestStatesItsFigures() {
    SubsistenceDecision d = assess(AreaType.URBAN, member(ADULT, 10_000), member(OTHER, 20_001));
    EligibilityTest income = d.tests().get(0);
    assertEquals(30_001, income.figures().get("totalIncomeFen"));
    assertEquals(2, income.figures().get("members"));
    assertEquals(72_000, income.figures().get("standardFen"));
    assertEquals("家庭月人均收入¥150.01（月总收入¥300.01 ÷ 2人）低于城市低保标准¥720.00", income.text());
  }
}
