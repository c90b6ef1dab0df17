package civil.relief.temporary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporaryReliefDeskTest {
  private final HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
  private final TemporaryReliefDesk desk = new TemporaryReliefDesk(ReliefPolicy.defaultRegistry(), households,
      new InMemoryTemporaryReliefStore());

  private String household(int members) {
    List<HouseholdMember> list = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      list.add(HouseholdMember.of(ResidentId.ofFirst17(String.format("4108021980010100%d", i)), Money.zero(), Money.zero(),
          false, false));
    }
    return households.register(AreaCode.parse("410802001"), Optional.empty(),
        Household.of(AreaType.URBAN, false, false, list), LocalDate.of(2026, 1, 1)).householdId();
  }

  private TemporaryReliefGrant grant(String householdId, int months, LocalDate on) {
    return desk.grant(TemporaryReliefRequest.of(householdId, ReliefCause.FIRE, months, on, Optional.empty()));
  }

  @Test
  void aSmallRequestIsGrantedInFull() {
    TemporaryReliefGrant g = grant(household(1), 2, LocalDate.of(2026, 3, 1));
    assertEquals(Money.ofYuan(1_440), g.amount());
    assertEquals(GrantLimit.REQUESTED, g.decision().limit());
  }

  @Test
  void oneCaseIsCappedAtSixMonthsOfTheStandard() {
    TemporaryReliefGrant g = grant(household(3), 3, LocalDate.of(2026, 3, 1));
    assertEquals(Money.ofYuan(6 * 720), g.amount()); // asked 3 × 720 × 3 = 6,480
    assertEquals(GrantLimit.PER_CASE_CAP, g.decision().limit());
    assertEquals(Money.ofYuan(6_480), g.decision().requested());
  }

  @Test
  void theYearlyCapCountsEarlierGrantsOfTheSameCalendarYearAndThenRefuses() {
    String h = household(3);
    grant(h, 3, LocalDate.of(2026, 2, 1));
    TemporaryReliefGrant second = grant(h, 1, LocalDate.of(2026, 5, 1));
    assertEquals(Money.ofYuan(2_160), second.amount());
    TemporaryReliefGrant third = grant(h, 3, LocalDate.of(2026, 9, 1));
    assertEquals(Money.ofYuan(8_640 - 4_320 - 2_160), third.amount());
    assertEquals(GrantLimit.YEARLY_CAP, third.decision().limit());
    assertEquals(Money.zero(), third.decision().yearlyLeftAfter());
    RefusedException used = assertThrows(RefusedException.class, () -> grant(h, 1, LocalDate.of(2026, 12, 31)));
    assertEquals("TEMPORARY_RELIEF_CAP_USED_UP", used.code());
    assertEquals(3, desk.grantedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
    assertEquals(Money.ofYuan(2_160), grant(h, 1, LocalDate.of(2027, 1, 1)).amount()); // a new year starts afresh
  }

  @Test
  void monthsOutsideOneToThreeAndUnknownHouseholdsAreRefused() {
    String h = household(1);
    assertThrows(InvalidInputException.class, () -> grant(h, 4, LocalDate.of(2026, 3, 1)));
    assertThrows(InvalidInputException.class, () -> grant(h, 0, LocalDate.of(2026, 3, 1)));
    assertThrows(NotFoundException.class, () -> grant("HH-999999", 1, LocalDate.of(2026, 3, 1)));
  }
}
