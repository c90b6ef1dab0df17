package civil.api.storage;

import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.charity.Campaign;
import civil.relief.charity.CharityUnit;
import civil.relief.charity.Disbursement;
import civil.relief.charity.Donation;
import civil.relief.charity.Expense;
import civil.relief.charity.Funding;
import civil.relief.charity.FundingBucket;
import civil.relief.charity.Invitation;
import civil.relief.charity.MembershipTier;
import civil.relief.charity.Purpose;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.round.ReliefRound;
import civil.relief.round.RosterCorrection;
import civil.relief.round.RosterEntry;
import civil.relief.round.RoundRule;
import civil.relief.round.RoundStatus;
import civil.relief.subsistence.EligibilityTest;
import civil.relief.subsistence.Increment;
import civil.relief.subsistence.IncrementKind;
import civil.relief.subsistence.SubsistenceDecision;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.supplies.SupplyCategory;
import civil.relief.supplies.SupplyItem;
import civil.relief.supplies.SupplyUnit;
import civil.relief.temporary.GrantLimit;
import civil.relief.temporary.ReliefCause;
import civil.relief.temporary.TemporaryReliefDecision;
import civil.relief.temporary.TemporaryReliefGrant;
import civil.relief.temporary.TemporaryReliefRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How relief records are kept as JSON in the database: one record type per stored shape, each
 * with a {@code from} for the domain value and a {@code value} back. Resident IDs are kept in
 * full here; they are masked only where they leave the server.
 */
final class ReliefJson {
  private ReliefJson() {}

  record Member(String residentId, long monthlyIncomeFen, long financialAssetsFen, boolean severelyDisabled,
      boolean seriouslyIll) {
    static Member from(HouseholdMember m) {
      return new Member(m.residentId().value(), m.monthlyIncome().fen(), m.financialAssets().fen(), m.severelyDisabled(),
          m.seriouslyIll());
    }

    HouseholdMember value() {
      return HouseholdMember.of(ResidentId.parse(residentId), Money.ofFen(monthlyIncomeFen),
          Money.ofFen(financialAssetsFen), severelyDisabled, seriouslyIll);
    }
  }

  record Circumstances(AreaType areaType, boolean disqualifyingAssets, boolean singleParentOrOrphan,
      List<Member> members) {
    static Circumstances from(Household h) {
      return new Circumstances(h.areaType(), h.disqualifyingAssets(), h.singleParentOrOrphan(),
          h.members().stream().map(Member::from).toList());
    }

    Household value() {
      return Household.of(areaType, disqualifyingAssets, singleParentOrOrphan, members.stream().map(Member::value).toList());
    }
  }

  record Test(EligibilityTest.Kind test, boolean passed, String text, Map<String, Long> figures) {}

  record Inc(String residentId, IncrementKind kind, long amountFen) {}

  record Decision(LocalDate assessedOn, boolean eligible, long standardFen, List<Test> tests, long baseFen,
      List<Inc> increments, long floorFen, long monthlyAllowanceFen, String policyVersion) {
    static Decision from(SubsistenceDecision d) {
      return new Decision(d.assessedOn(), d.eligible(), d.standard().fen(),
          d.tests().stream().map(t -> new Test(t.test(), t.passed(), t.text(), t.figures())).toList(), d.base().fen(),
          d.increments().stream().map(i -> new Inc(i.residentId().value(), i.kind(), i.amount().fen())).toList(),
          d.floor().fen(), d.monthlyAllowance().fen(), d.policyVersion());
    }

    SubsistenceDecision value() {
      return SubsistenceDecision.of(assessedOn, eligible, Money.ofFen(standardFen),
          tests.stream().map(t -> new EligibilityTest(t.test(), t.passed(), t.text(), t.figures())).toList(),
          Money.ofFen(baseFen),
          increments.stream().map(i -> new Increment(ResidentId.parse(i.residentId()), i.kind(), Money.ofFen(i.amountFen())))
              .toList(),
          Money.ofFen(floorFen), Money.ofFen(monthlyAllowanceFen), policyVersion);
    }
  }

  record Grant(String grantId, String householdId, ReliefCause cause, LocalDate grantedOn, String note,
      long standardFen, int members, int months, long requestedFen, long perCaseCapFen, long yearlyCapFen,
      long grantedEarlierFen, long yearlyLeftBeforeFen, long grantFen, GrantLimit limit) {
    static Grant from(TemporaryReliefGrant g) {
      TemporaryReliefDecision d = g.decision();
      return new Grant(g.grantId(), g.householdId(), g.cause(), g.grantedOn(), g.note().orElse(null),
          d.standard().fen(), d.members(), d.months(), d.requested().fen(), d.perCaseCap().fen(), d.yearlyCap().fen(),
          d.grantedEarlierThisYear().fen(), d.yearlyLeftBefore().fen(), d.grant().fen(), d.limit());
    }

    TemporaryReliefGrant value() {
      TemporaryReliefDecision d = TemporaryReliefDecision.of(Money.ofFen(standardFen), members, months,
          Money.ofFen(requestedFen), Money.ofFen(perCaseCapFen), Money.ofFen(yearlyCapFen), Money.ofFen(grantedEarlierFen),
          Money.ofFen(yearlyLeftBeforeFen), Money.ofFen(grantFen), limit);
      return TemporaryReliefGrant.of(grantId, TemporaryReliefRequest.of(householdId, cause, months,
          grantedOn, Optional.ofNullable(note)), d);
    }
  }

  record Entry(String householdId, String subdistrict, String head, int members, long amountFen, String basis) {}

  record Correction(String correctionId, String householdId, long amountFen, String reason, LocalDate recordedOn) {}

  record Round(String roundId, String name, List<String> subdistricts, RoundRule.Kind ruleKind, Long ruleAmountFen,
      Integer ruleMonths, LocalDate asOf, LocalDate draftedOn, RoundStatus status, String approvedBy,
      LocalDate approvedOn, LocalDate paidOn, List<Entry> roster, List<Correction> corrections) {
    static Round from(ReliefRound r) {
      return new Round(r.roundId(), r.name(), r.subdistricts().stream().map(AreaCode::value).toList(), r.rule().kind(),
          r.rule().amount().map(Money::fen).orElse(null), r.rule().months().orElse(null), r.asOf(), r.draftedOn(),
          r.status(), r.approvedBy().orElse(null), r.approvedOn().orElse(null), r.paidOn().orElse(null),
          r.roster().stream().map(e -> new Entry(e.householdId(), e.subdistrict().value(), e.head().value(), e.members(),
              e.amount().fen(), e.basis())).toList(),
          r.corrections().stream().map(c -> new Correction(c.correctionId(), c.householdId(), c.amount().fen(), c.reason(),
              c.recordedOn())).toList());
    }

    ReliefRound value() {
      RoundRule rule = switch (ruleKind) {
        case PER_HOUSEHOLD -> RoundRule.perHousehold(Money.ofFen(ruleAmountFen));
        case PER_MEMBER -> RoundRule.perMember(Money.ofFen(ruleAmountFen));
        case SUBSISTENCE_MONTHS -> RoundRule.subsistenceMonths(ruleMonths);
      };
      return ReliefRound.of(roundId, name, subdistricts.stream().map(AreaCode::parse).toList(), rule, asOf, draftedOn,
          status, Optional.ofNullable(approvedBy), Optional.ofNullable(approvedOn), Optional.ofNullable(paidOn),
          roster.stream().map(e -> RosterEntry.of(e.householdId(), AreaCode.parse(e.subdistrict()),
              ResidentId.parse(e.head()), e.members(), Money.ofFen(e.amountFen()), e.basis())).toList(),
          corrections.stream().map(c -> RosterCorrection.of(c.correctionId(), c.householdId(), Money.ofFen(c.amountFen()),
              c.reason(), c.recordedOn())).toList());
    }
  }

  record Item(String itemId, String name, SupplyUnit unit, SupplyCategory category, BigDecimal reserveTarget) {
    static Item from(SupplyItem i) {
      return new Item(i.itemId(), i.name(), i.unit(), i.category(),
          i.reserveTarget().map(Quantity::toBigDecimal).orElse(null));
    }

    SupplyItem value() {
      return SupplyItem.of(itemId, name, unit, category, Optional.ofNullable(reserveTarget).map(Quantity::of));
    }
  }

  record Move(String movementId, String itemId, Movement.Kind kind, LocalDate date, BigDecimal quantity, long valueFen,
      Movement.Source source, Movement.Destination destination, String reference, String approver, String note,
      String rationListId) {
    static Move from(Movement m) {
      return new Move(m.movementId(), m.itemId(), m.kind(), m.date(), m.quantity().toBigDecimal(), m.value().fen(),
          m.source().orElse(null), m.destination().orElse(null), m.reference().orElse(null), m.approver().orElse(null),
          m.note().orElse(null), m.rationListId().orElse(null));
    }

    Movement value() {
      return kind == Movement.Kind.RECEIPT
          ? Movement.receipt(movementId, itemId, date, Quantity.of(quantity), Money.ofFen(valueFen), source,
              Optional.ofNullable(note))
          : Movement.issue(movementId, itemId, date, Quantity.of(quantity), Money.ofFen(valueFen), destination, reference,
              approver, Optional.ofNullable(rationListId));
    }
  }

  /** A unit's tier from a day on. */
  record TierFrom(MembershipTier tier, LocalDate from) {}

  /**
   * A charity unit as stored: its current tier and first joining day (for people reading the row),
   * and every tier with the day it took effect. A row written before the history was kept has no
   * {@code tiers}; it reads as its current tier held since it joined.
   */
  record Unit(String creditCode, String name, MembershipTier tier, LocalDate memberSince, List<TierFrom> tiers) {
    static Unit from(CharityUnit u) {
      return new Unit(u.creditCode().value(), u.name(), u.tier().orElse(null), u.memberSince().orElse(null),
          u.tiers().stream().map(t -> new TierFrom(t.tier(), t.from())).toList());
    }

    CharityUnit value() {
      List<CharityUnit.TierChange> history = tiers != null
          ? tiers.stream().map(t -> new CharityUnit.TierChange(t.tier(), t.from())).toList()
          : tier != null && memberSince != null ? List.of(new CharityUnit.TierChange(tier, memberSince)) : List.of();
      return CharityUnit.of(CreditCode.parse(creditCode), name, history);
    }
  }

  record Invite(String invitationId, String creditCode, String unitName, MembershipTier tier, LocalDate sentOn,
      Invitation.Status status, LocalDate respondedOn) {
    static Invite from(Invitation i) {
      return new Invite(i.invitationId(), i.creditCode().value(), i.unitName(), i.tier(), i.sentOn(), i.status(),
          i.respondedOn().orElse(null));
    }

    Invitation value() {
      return Invitation.of(invitationId, CreditCode.parse(creditCode), unitName, tier, sentOn, status,
          Optional.ofNullable(respondedOn));
    }
  }

  record Drive(String campaignId, String name, LocalDate startsOn, LocalDate endsOn) {
    static Drive from(Campaign c) {
      return new Drive(c.campaignId(), c.name(), c.startsOn(), c.endsOn().orElse(null));
    }

    Campaign value() {
      return Campaign.of(campaignId, name, startsOn, Optional.ofNullable(endsOn));
    }
  }

  record Gift(String receiptNumber, String campaignId, String donorName, String donorCreditCode, long amountFen,
      LocalDate date, Purpose restriction) {
    static Gift from(Donation d) {
      return new Gift(d.receiptNumber(), d.campaignId(), d.donorName(), d.donorCreditCode().map(CreditCode::value).orElse(null),
          d.amount().fen(), d.date(), d.restriction().orElse(null));
    }

    Donation value() {
      return Donation.of(receiptNumber, campaignId, donorName, Optional.ofNullable(donorCreditCode).map(CreditCode::parse),
          Money.ofFen(amountFen), date, Optional.ofNullable(restriction));
    }
  }

  record Fund(String receiptNumber, FundingBucket bucket, long amountFen) {}

  record Payout(String disbursementId, String campaignId, String householdId, Purpose purpose, long amountFen,
      LocalDate date, List<Fund> fundedBy) {
    static Payout from(Disbursement d) {
      return new Payout(d.disbursementId(), d.campaignId(), d.householdId(), d.purpose(), d.amount().fen(), d.date(),
          d.fundedBy().stream().map(f -> new Fund(f.receiptNumber(), f.bucket(), f.amount().fen())).toList());
    }

    Disbursement value() {
      return Disbursement.of(disbursementId, campaignId, householdId, purpose, Money.ofFen(amountFen), date,
          fundedBy.stream().map(f -> new Funding(f.receiptNumber(), f.bucket(), Money.ofFen(f.amountFen()))).toList());
    }
  }

  record Spend(String expenseId, Expense.Kind kind, long amountFen, LocalDate date, String note) {
    static Spend from(Expense e) {
      return new Spend(e.expenseId(), e.kind(), e.amount().fen(), e.date(), e.note().orElse(null));
    }

    Expense value() {
      return Expense.of(expenseId, kind, Money.ofFen(amountFen), date, Optional.ofNullable(note));
    }
  }
}
