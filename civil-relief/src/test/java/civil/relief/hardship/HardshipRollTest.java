package civil.relief.hardship;

import static civil.core.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.policy.NoPolicyInForceException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.policy.ReliefPolicy;
import civil.relief.testkit.ReliefGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quicktheories.generators.Generate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardshipRollTest {
  private static final ReliefPolicy POLICY = ReliefPolicy.defaults();
  private static final AreaCode WANGCHU = AreaCode.parse("410802001");
  private static final ResidentId A = ResidentId.parse("410802194601031234");
  private static final ResidentId B = ResidentId.ofFirst17("41080219500101001");

  private final HardshipRoll roll = new HardshipRoll(ReliefPolicy.defaultRegistry(), new InMemoryHardshipStore());

  @Test
  void supportIsOneHundredThirtyPercentOfTheStandardPlusTheCareAllowance() {
    assertEquals(new HardshipEntitlement(Money.ofYuan(936), Money.ofYuan(100)),
        HardshipSupport.monthly(AreaType.URBAN, SelfCareAbility.FULL, POLICY));
    assertEquals(Money.ofYuan(624 + 400), HardshipSupport.monthly(AreaType.RURAL, SelfCareAbility.PARTIAL, POLICY).total());
    assertEquals(Money.ofYuan(936 + 800), HardshipSupport.monthly(AreaType.URBAN, SelfCareAbility.NONE, POLICY).total());
  }

  @Test
  void basicSupportRoundsTheExactProductOnceToTheYuan() {
    // ¥721.15 × 130% = ¥937.495 → ¥937 (rounding to the fen first, ¥937.50, would give ¥938)
    ReliefPolicy policy = ReliefGenerators.withStandards(Money.parse("721.15"), Money.ofYuan(480));
    assertEquals(Money.ofYuan(937), HardshipSupport.monthly(AreaType.URBAN, SelfCareAbility.FULL, policy).basic());
  }

  @Test
  void basicSupportIsOneRoundingOfTheExactProductForAnyStandard() {
    qt().forAll(ReliefGenerators.policiesWithStandards(), Generate.enumValues(AreaType.class)).check((policy, area) -> {
      BigDecimal exactYuan = BigDecimal.valueOf(policy.standard(area).fen())
          .multiply(BigDecimal.valueOf(policy.hardship().basicRatio().basisPoints())).movePointLeft(6);
      return HardshipSupport.monthly(area, SelfCareAbility.FULL, policy).basic()
          .equals(Money.ofYuan(exactYuan.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    });
  }

  @Test
  void aMonthIsPaidOnceToEveryoneSupportedInIt() {
    roll.enrol(HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.NONE, LocalDate.of(2026, 1, 15)));
    roll.enrol(HardshipRecipient.of(B, WANGCHU, AreaType.RURAL, SelfCareAbility.FULL, LocalDate.of(2026, 3, 1)));
    List<HardshipPayment> january = roll.payMonth(YearMonth.of(2026, 1), LocalDate.of(2026, 1, 31));
    assertEquals(1, january.size());
    assertEquals(Money.ofYuan(1_736), january.get(0).amount());
    assertTrue(roll.payMonth(YearMonth.of(2026, 1), LocalDate.of(2026, 2, 1)).isEmpty());
    assertEquals(2, roll.payMonth(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 31)).size());
    assertEquals(3, roll.payments(YearMonth.of(2026, 1), YearMonth.of(2026, 6)).size());
  }

  @Test
  void endedSupportIsNotPaidAfterItsLastMonth() {
    roll.enrol(HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.FULL, LocalDate.of(2026, 1, 1)));
    roll.end(A, LocalDate.of(2026, 2, 10));
    assertTrue(roll.isSupportedOn(A, LocalDate.of(2026, 2, 10)));
    assertFalse(roll.isSupportedOn(A, LocalDate.of(2026, 2, 11)));
    assertEquals(1, roll.payMonth(YearMonth.of(2026, 2), LocalDate.of(2026, 2, 28)).size());
    assertTrue(roll.payMonth(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 31)).isEmpty());
  }

  @Test
  void enrollingSomeoneAlreadySupportedIsAConflict() {
    roll.enrol(HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.FULL, LocalDate.of(2026, 1, 1)));
    assertThrows(ConflictException.class, () -> roll.enrol(
        HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.NONE, LocalDate.of(2026, 5, 1))));
    assertEquals(SelfCareAbility.FULL, roll.recipients().get(0).selfCareAbility());
  }

  @Test
  void anEnrolmentWithNoPolicyInForceIsRefusedAndLeavesTheRollAsItWas() {
    HardshipRecipient early = HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.FULL, LocalDate.of(2025, 6, 1));
    assertThrows(NoPolicyInForceException.class, () -> roll.enrol(early));
    assertTrue(roll.recipients().isEmpty());
    // refused, so nothing stops the right enrolment afterwards
    roll.enrol(HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.FULL, LocalDate.of(2026, 1, 1)));
    assertEquals(1, roll.recipients().size());
  }

  @Test
  void theEntitlementOfADayWithNoPolicyIsEmptyNotAFailure() {
    HardshipRecipient r = roll.enrol(HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.FULL,
        LocalDate.of(2026, 1, 1)));
    assertEquals(Money.ofYuan(1_036), roll.entitlementOn(r, LocalDate.of(2026, 3, 1)).orElseThrow().total());
    // a day before support began is read as its first day
    assertEquals(Money.ofYuan(1_036), roll.entitlementOn(r, LocalDate.of(2025, 3, 1)).orElseThrow().total());
    HardshipRecipient ended = r.endedOn(LocalDate.of(2026, 2, 1));
    assertTrue(roll.entitlementOn(ended, LocalDate.of(2030, 1, 1)).isPresent());
    // a recipient kept from before any policy (as older data may hold) reads without an amount
    HardshipRecipient old = HardshipRecipient.of(B, WANGCHU, AreaType.RURAL, SelfCareAbility.NONE, LocalDate.of(2024, 1, 1))
        .endedOn(LocalDate.of(2024, 12, 31));
    assertTrue(roll.entitlementOn(old, LocalDate.of(2026, 3, 1)).isEmpty());
  }

  @Test
  void aMonthIsPaidOnlyOnceItHasBegun() {
    roll.enrol(HardshipRecipient.of(A, WANGCHU, AreaType.URBAN, SelfCareAbility.FULL, LocalDate.of(2026, 1, 1)));
    assertThrows(InvalidInputException.class, () -> roll.payMonth(YearMonth.of(2026, 4), LocalDate.of(2026, 3, 31)));
    assertTrue(roll.payments(YearMonth.of(2026, 1), YearMonth.of(2026, 12)).isEmpty());
    assertEquals(1, roll.payMonth(YearMonth.of(2026, 4), LocalDate.of(2026, 4, 1)).size());
  }
}
