package civil.relief.charity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.PolicyYear;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CharityAssociationTest {
  private static final CreditCode COMPANY = CreditCode.parse("91350100M000100Y43");
  private static final LocalDate MAY1 = LocalDate.of(2026, 5, 1);

  private final HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
  private final CharityAssociation association = new CharityAssociation(ReliefPolicy.defaultRegistry(),
      new InMemoryCharityStore(), households);
  private String household;
  private String campaign;

  @BeforeEach
  void setUp() {
    household = households.register(AreaCode.parse("410802001"), Optional.empty(), Household.of(AreaType.URBAN, false,
        false, List.of(HouseholdMember.of(ResidentId.parse("410802194601031234"), Money.zero(), Money.zero(), false, false))),
        MAY1).householdId();
    campaign = association.createCampaign("2026年爱心一日捐", MAY1, Optional.of(LocalDate.of(2026, 5, 31))).campaignId();
  }

  @Test
  void anAcceptedInvitationMakesTheUnitAMemberOfThatTierWithItsDue() {
    Invitation sent = association.invite(COMPANY, "焦作某某有限公司", MembershipTier.COUNCIL, LocalDate.of(2026, 3, 1));
    assertEquals(Invitation.Status.SENT, sent.status());
    assertTrue(association.units().get(0).tier().isEmpty());
    association.answer(sent.invitationId(), true, LocalDate.of(2026, 3, 20));
    CharityUnit unit = association.units().get(0);
    assertEquals(Optional.of(MembershipTier.COUNCIL), unit.tier());
    assertEquals(Money.ofYuan(5_000), association.due(unit, PolicyYear.of(2026)));
    assertEquals("INVITATION_ANSWERED", assertThrows(ConflictException.class,
        () -> association.answer(sent.invitationId(), false, LocalDate.of(2026, 3, 21))).code());
    Invitation upgrade = association.invite(COMPANY, "焦作某某有限公司", MembershipTier.EXECUTIVE_COUNCIL, LocalDate.of(2026, 6, 1));
    association.answer(upgrade.invitationId(), true, LocalDate.of(2026, 6, 5));
    assertEquals(Optional.of(MembershipTier.EXECUTIVE_COUNCIL), association.units().get(0).tier());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 20)), association.units().get(0).memberSince());
    // the tier before the upgrade is kept for the days it was held
    CharityUnit upgraded = association.units().get(0);
    assertEquals(Optional.empty(), upgraded.tierOn(LocalDate.of(2026, 3, 19)));
    assertEquals(Optional.of(MembershipTier.COUNCIL), upgraded.tierOn(LocalDate.of(2026, 6, 4)));
    assertEquals(Optional.of(MembershipTier.EXECUTIVE_COUNCIL), upgraded.tierOn(LocalDate.of(2026, 6, 5)));
  }

  @Test
  void receiptNumbersAreSequentialPerYearAndARefusedDonationUsesNone() {
    Donation a = association.donate(campaign, Donor.unit(COMPANY, "焦作某某有限公司"), Money.ofYuan(10_000), MAY1, Optional.empty());
    assertThrows(RefusedException.class, () -> association.donate(campaign, Donor.person("张三"), Money.ofYuan(1),
        LocalDate.of(2026, 6, 1), Optional.empty()));
    Donation b = association.donate(campaign, Donor.person("张三"), Money.ofYuan(100), MAY1, Optional.of(Purpose.MEDICAL));
    assertEquals("2026-000001", a.receiptNumber());
    assertEquals("2026-000002", b.receiptNumber());
  }

  @Test
  void aDisbursementIsFundedFromItsPurposeFirstThenUnrestrictedOldestFirst() {
    association.donate(campaign, Donor.person("甲"), Money.ofYuan(100), LocalDate.of(2026, 5, 3), Optional.empty());
    association.donate(campaign, Donor.person("乙"), Money.ofYuan(50), LocalDate.of(2026, 5, 2), Optional.empty());
    association.donate(campaign, Donor.person("丙"), Money.ofYuan(30), LocalDate.of(2026, 5, 4), Optional.of(Purpose.MEDICAL));
    association.donate(campaign, Donor.person("丁"), Money.ofYuan(500), LocalDate.of(2026, 5, 4), Optional.of(Purpose.EDUCATION));
    Disbursement d = association.disburse(campaign, household, Purpose.MEDICAL, Money.ofYuan(120), LocalDate.of(2026, 5, 10));
    assertEquals(List.of(new Funding("2026-000003", FundingBucket.MEDICAL, Money.ofYuan(30)),
        new Funding("2026-000002", FundingBucket.UNRESTRICTED, Money.ofYuan(50)),
        new Funding("2026-000001", FundingBucket.UNRESTRICTED, Money.ofYuan(40))), d.fundedBy());
    CampaignLedger ledger = association.ledger(campaign);
    assertEquals(Money.ofYuan(60), ledger.available(Purpose.LIVING, LocalDate.of(2026, 5, 31)));
    assertEquals(Money.ofYuan(560), ledger.available(Purpose.EDUCATION, LocalDate.of(2026, 5, 31)));
  }

  @Test
  void aDisbursementThePurposeCannotCoverIsRefusedWhole() {
    association.donate(campaign, Donor.person("甲"), Money.ofYuan(100), MAY1, Optional.of(Purpose.EDUCATION));
    association.donate(campaign, Donor.person("乙"), Money.ofYuan(20), MAY1, Optional.empty());
    RefusedException e = assertThrows(RefusedException.class,
        () -> association.disburse(campaign, household, Purpose.LIVING, Money.ofYuan(21), LocalDate.of(2026, 5, 2)));
    assertEquals("INSUFFICIENT_FUNDS", e.code());
    assertTrue(association.disbursementsBetween(MAY1, LocalDate.of(2026, 12, 31)).isEmpty());
    assertEquals(Money.ofYuan(20), association.ledger(campaign).available(Purpose.LIVING, MAY1));
  }

  @Test
  void donationsLaterThanTheDisbursementDoNotFundIt() {
    association.donate(campaign, Donor.person("甲"), Money.ofYuan(100), LocalDate.of(2026, 5, 20), Optional.empty());
    assertThrows(RefusedException.class,
        () -> association.disburse(campaign, household, Purpose.LIVING, Money.ofYuan(1), LocalDate.of(2026, 5, 19)));
  }

  @Test
  void complianceComparesSpendingWithLastYearsIncomeAndAdministrationWithSpending() {
    String last = association.createCampaign("2025", LocalDate.of(2025, 5, 1), Optional.empty()).campaignId();
    association.donate(last, Donor.person("甲"), Money.ofYuan(10_000), LocalDate.of(2025, 5, 1), Optional.empty());
    association.donate(campaign, Donor.person("乙"), Money.ofYuan(21_891), MAY1, Optional.empty());
    association.disburse(last, household, Purpose.LIVING, Money.ofYuan(6_000), LocalDate.of(2026, 6, 1));
    association.recordExpense(Expense.Kind.CHARITABLE, Money.ofYuan(1_000), LocalDate.of(2026, 6, 2), Optional.of("走访慰问"));
    association.recordExpense(Expense.Kind.ADMINISTRATIVE, Money.ofYuan(700), LocalDate.of(2026, 6, 3), Optional.empty());
    ComplianceFigures f = association.compliance(PolicyYear.of(2026));
    assertEquals(Money.ofYuan(10_000), f.previousYearIncome());
    assertEquals(Money.ofYuan(7_000), f.charitableSpending());
    assertEquals(Money.ofYuan(7_000), f.requiredCharitableSpending());
    assertTrue(f.charitableSpendingHolds()); // exactly 70%
    assertEquals(Money.ofYuan(770), f.allowedAdministrativeExpenses());
    assertTrue(f.administrativeLimitHolds());
    association.recordExpense(Expense.Kind.ADMINISTRATIVE, Money.ofYuan(100), LocalDate.of(2026, 6, 3), Optional.empty());
    assertFalse(association.compliance(PolicyYear.of(2026)).administrativeLimitHolds()); // 800 > 10% of 7,800
  }
}
