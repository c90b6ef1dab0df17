package civil.relief.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.hardship.HardshipRecipient;
import civil.relief.hardship.HardshipRoll;
import civil.relief.hardship.InMemoryHardshipStore;
import civil.relief.hardship.SelfCareAbility;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReliefRoundsTest {
  private static final AreaCode WANGCHU = AreaCode.parse("410802001");
  private static final AreaCode SHANGBAIZUO = AreaCode.parse("410802002");
  private static final AreaCode ELSEWHERE = AreaCode.parse("410802003");
  private static final LocalDate ON = LocalDate.of(2026, 4, 1);

  private final HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
  private final HardshipRoll hardship = new HardshipRoll(ReliefPolicy.defaultRegistry(), new InMemoryHardshipStore());
  private final ReliefRounds rounds = new ReliefRounds(households, hardship, new InMemoryReliefRoundStore());
  private String poorWangchu;
  private String poorShangbaizuo;
  private String hardshipOnly;

  private String household(AreaCode subdistrict, String first17, long incomeFen, int members) {
    List<HouseholdMember> list = new ArrayList<>();
    list.add(HouseholdMember.of(ResidentId.ofFirst17(first17), Money.ofFen(incomeFen), Money.zero(), false, false));
    for (int i = 1; i < members; i++) {
      list.add(HouseholdMember.of(ResidentId.ofFirst17(first17.substring(0, 16) + i), Money.zero(), Money.zero(), false, false));
    }
    String id = households.register(subdistrict, Optional.empty(), Household.of(AreaType.URBAN, false, false, list), ON)
        .householdId();
    households.assess(id, ON);
    return id;
  }

  @BeforeEach
  void district() {
    poorWangchu = household(WANGCHU, "41080219700101010", 50_000, 2); // allowance 1,440 − 500 = 940
    poorShangbaizuo = household(SHANGBAIZUO, "41080219700101020", 0, 1); // allowance 720
    household(WANGCHU, "41080219700101030", 500_000, 1); // not needy
    household(ELSEWHERE, "41080219700101040", 0, 1); // needy, but not in the round's subdistricts
    hardshipOnly = household(WANGCHU, "41080219700101050", 500_000, 1);
    hardship.enrol(HardshipRecipient.of(ResidentId.ofFirst17("41080219700101050"), WANGCHU, AreaType.URBAN,
        SelfCareAbility.FULL, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void theRosterListsTheNeedyOfTheChosenSubdistrictsOnce() {
    ReliefRound r = rounds.draft("王褚、上白作两街道困难群众生活救助", List.of(WANGCHU, SHANGBAIZUO, WANGCHU),
        RoundRule.perHousehold(Money.ofYuan(500)), ON, ON);
    assertEquals(List.of(poorWangchu, poorShangbaizuo, hardshipOnly),
        r.roster().stream().map(RosterEntry::householdId).toList());
    assertEquals(RoundStatus.DRAFT, r.status());
    assertEquals(Money.ofYuan(1_500), r.total());
    assertEquals(List.of(new SubdistrictTotal(WANGCHU, 2, Money.ofYuan(1_000)),
        new SubdistrictTotal(SHANGBAIZUO, 1, Money.ofYuan(500))), r.totalsBySubdistrict());
    ResidentId head = r.roster().get(0).head();
    assertEquals("410802********" + head.value().substring(14), head.toString());
    assertEquals("特困", r.roster().get(2).basis());
  }

  @Test
  void theRuleSetsEachAmount() {
    ReliefRound perMember = rounds.draft("每人", List.of(WANGCHU), RoundRule.perMember(Money.ofYuan(100)), ON, ON);
    assertEquals(Money.ofYuan(200), perMember.roster().get(0).amount());
    ReliefRound months = rounds.draft("两个月低保金", List.of(WANGCHU, SHANGBAIZUO), RoundRule.subsistenceMonths(2), ON, ON);
    // the hardship-only household has no allowance, so two months of it is nothing: left off
    assertEquals(List.of(poorWangchu, poorShangbaizuo), months.roster().stream().map(RosterEntry::householdId).toList());
    assertEquals(Money.ofYuan(1_880), months.roster().get(0).amount());
  }

  @Test
  void aRoundIsApprovedThenPaidOnceAndThenOnlyCorrected() {
    String id = rounds.draft("R", List.of(WANGCHU), RoundRule.perHousehold(Money.ofYuan(300)), ON, ON).roundId();
    assertEquals("ROUND_NOT_APPROVED", assertThrows(ConflictException.class, () -> rounds.pay(id, ON)).code());
    assertThrows(ConflictException.class, () -> rounds.correct(id, poorWangchu, Money.ofYuan(10), "补发", ON));
    rounds.approve(id, "科长张三", ON);
    assertEquals("ROUND_NOT_DRAFT", assertThrows(ConflictException.class, () -> rounds.approve(id, "x", ON)).code());
    ReliefRound paid = rounds.pay(id, LocalDate.of(2026, 4, 10));
    assertEquals(RoundStatus.PAID, paid.status());
    assertThrows(ConflictException.class, () -> rounds.pay(id, ON));
    ReliefRound corrected = rounds.correct(id, poorWangchu, Money.ofYuan(-300), "重复发放，收回", LocalDate.of(2026, 4, 20));
    assertEquals(paid.roster(), corrected.roster());
    assertEquals(id + "-C1", corrected.corrections().get(0).correctionId());
    assertEquals(Money.ofYuan(300), corrected.total());
    assertTrue(corrected.totalsBySubdistrict().get(0).amount().equals(Money.ofYuan(300)));
  }

  @Test
  void aCorrectionNamesAHouseholdOnTheRosterAndNeverTakesBackMoreThanWasPaid() {
    String id = rounds.draft("R", List.of(WANGCHU), RoundRule.perHousehold(Money.ofYuan(300)), ON, ON).roundId();
    rounds.approve(id, "科长张三", ON);
    rounds.pay(id, ON);
    assertEquals("NOT_ON_ROSTER", assertThrows(RefusedException.class,
        () -> rounds.correct(id, poorShangbaizuo, Money.ofYuan(10), "补发", ON)).code());
    assertEquals("CORRECTION_BELOW_ZERO", assertThrows(RefusedException.class,
        () -> rounds.correct(id, poorWangchu, Money.ofYuan(-300_000), "误录", ON)).code());
    rounds.correct(id, poorWangchu, Money.ofYuan(-200), "多发，收回", ON);
    assertEquals("CORRECTION_BELOW_ZERO", assertThrows(RefusedException.class,
        () -> rounds.correct(id, poorWangchu, Money.ofFen(-10_001), "再收回", ON)).code());
    ReliefRound r = rounds.correct(id, poorWangchu, Money.ofYuan(-100), "收回余下", ON);
    assertEquals(Money.zero(), r.paidTo(poorWangchu));
    assertEquals(2, r.corrections().size());
    // the subdistrict rows always add up to the round's total
    assertEquals(r.total(), Money.total(r.totalsBySubdistrict().stream().map(SubdistrictTotal::amount).toList()));
  }
}
