package civil.relief.charity;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.CreditCode;
import civil.core.money.Money;
import civil.core.period.PolicyYear;
import civil.core.policy.PolicyRegistry;
import civil.relief.household.HouseholdRegistry;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The charity association (慈善协会), an application service: invitations and member units, dues,
 * campaigns, donations with receipt numbers, disbursements to households, expenses, balances and
 * the compliance figures. Every write is one atomic step of the {@link CharityStore}; a refused
 * one stores nothing and uses no receipt number.
 */
public final class CharityAssociation {
  private final PolicyRegistry<ReliefPolicy> policies;
  private final CharityStore store;
  private final HouseholdRegistry households;

  public CharityAssociation(PolicyRegistry<ReliefPolicy> policies, CharityStore store, HouseholdRegistry households) {
    this.policies = requireNonNull(policies);
    this.store = requireNonNull(store);
    this.households = requireNonNull(households);
  }

  /** Sends an invitation letter to a unit to join at {@code tier}. */
  public Invitation invite(CreditCode creditCode, String unitName, MembershipTier tier, LocalDate sentOn) {
    return store.atomically(tx -> {
      Invitation i = Invitation.sent(tx.nextId("INV"), creditCode, unitName, tier, sentOn);
      tx.putInvitation(i);
      if (tx.unit(creditCode).isEmpty()) {
        tx.putUnit(CharityUnit.of(creditCode, unitName));
      }
      return i;
    });
  }

  /**
   * Records a unit's answer; on acceptance the unit holds the invitation's tier from that day (one
   * tier at a time: a new tier replaces the old).
   *
   * @throws NotFoundException if there is no such invitation
   * @throws civil.core.error.ConflictException if it was answered before
   */
  public Invitation answer(String invitationId, boolean accepted, LocalDate on) {
    return store.atomically(tx -> {
      Invitation i = tx.invitation(invitationId).orElseThrow(() -> new NotFoundException("invitation", invitationId));
      Invitation answered = i.answered(accepted, on);
      tx.putInvitation(answered);
      if (accepted) {
        CharityUnit unit = tx.unit(i.creditCode()).orElse(CharityUnit.of(i.creditCode(), i.unitName()));
        tx.putUnit(unit.joined(i.tier(), on));
      }
      return answered;
    });
  }

  public List<CharityUnit> units() {
    return store.units();
  }

  public List<Invitation> invitations() {
    return store.invitations();
  }

  /** The yearly due of a unit in {@code year}: its tier's due, or zero for a unit without a tier. */
  public Money due(CharityUnit unit, PolicyYear year) {
    ReliefPolicy policy = policies.inForceOn(year.firstDay());
    return unit.tier().map(t -> policy.charity().due(t)).orElse(Money.zero());
  }

  public Campaign createCampaign(String name, LocalDate startsOn, Optional<LocalDate> endsOn) {
    return store.atomically(tx -> {
      Campaign c = Campaign.of(tx.nextId("CP"), name, startsOn, endsOn);
      tx.putCampaign(c);
      return c;
    });
  }

  public Campaign campaign(String campaignId) {
    return store.campaigns().stream().filter(c -> c.campaignId().equals(campaignId)).findFirst()
        .orElseThrow(() -> new NotFoundException("campaign", campaignId));
  }

  public List<Campaign> campaigns() {
    return store.campaigns();
  }

  /**
   * Records a donation and gives it the next receipt number of the donation date's year.
   *
   * @throws NotFoundException if there is no such campaign
   * @throws RefusedException {@code OUTSIDE_CAMPAIGN} if the campaign does not accept donations that day
   */
  public Donation donate(String campaignId, Donor donor, Money amount, LocalDate date, Optional<Purpose> restriction) {
    return store.atomically(tx -> {
      Campaign c = tx.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
      if (!c.accepts(date)) {
        throw new RefusedException("OUTSIDE_CAMPAIGN", "campaign " + campaignId + " runs from " + c.startsOn()
            + c.endsOn().map(e -> " to " + e).orElse("") + "; it does not accept donations on " + date);
      }
      Donation d = Donation.of(Donation.receiptNumber(date.getYear(), tx.nextReceiptSequence(date.getYear())),
          campaignId, donor.name(), donor.creditCode(), amount, date, restriction);
      tx.addDonation(d);
      return d;
    });
  }

  /**
   * Pays {@code amount} from a campaign to a household for a purpose, funded deterministically.
   *
   * @throws NotFoundException if the campaign or the household does not exist
   * @throws RefusedException {@code INSUFFICIENT_FUNDS} if the purpose's money cannot cover it
   */
  public Disbursement disburse(String campaignId, String householdId, Purpose purpose, Money amount, LocalDate date) {
    if (!amount.isPositive()) {
      throw new InvalidInputException("INVALID_DISBURSEMENT", "amountFen", "must be positive, was " + amount.fen());
    }
    households.household(householdId);
    return store.atomically(tx -> {
      tx.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
      CampaignLedger ledger = CampaignLedger.of(tx.donations(campaignId), tx.disbursements(campaignId));
      List<Funding> funding = ledger.fund(purpose, amount, date);
      Disbursement d = Disbursement.of(tx.nextId("DB"), campaignId, householdId, purpose, amount, date, funding);
      tx.addDisbursement(d);
      return d;
    });
  }

  /** A campaign's donations, in receipt order. */
  public List<Donation> donations(String campaignId) {
    return store.atomically(tx -> {
      tx.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
      return tx.donations(campaignId).stream().sorted(Comparator.comparing(Donation::receiptNumber)).toList();
    });
  }

  /** A campaign's disbursements, each with the donations that funded it, in the order they were made. */
  public List<Disbursement> disbursements(String campaignId) {
    return store.atomically(tx -> {
      tx.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
      return List.copyOf(tx.disbursements(campaignId));
    });
  }

  /** A campaign's ledger: what is left of each donation and each bucket's balance. */
  public CampaignLedger ledger(String campaignId) {
    return store.atomically(tx -> {
      tx.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
      return CampaignLedger.of(tx.donations(campaignId), tx.disbursements(campaignId));
    });
  }

  public Expense recordExpense(Expense.Kind kind, Money amount, LocalDate date, Optional<String> note) {
    return store.atomically(tx -> {
      Expense e = Expense.of(tx.nextId("EX"), kind, amount, date, note);
      tx.addExpense(e);
      return e;
    });
  }

  public List<Donation> donationsBetween(LocalDate from, LocalDate to) {
    return store.donationsBetween(from, to);
  }

  public List<Disbursement> disbursementsBetween(LocalDate from, LocalDate to) {
    return store.disbursementsBetween(from, to);
  }

  public List<Expense> expensesBetween(LocalDate from, LocalDate to) {
    return store.expensesBetween(from, to);
  }

  /** The two Charity Law figures for {@code year}, under the policy in force on its first day. */
  public ComplianceFigures compliance(PolicyYear year) {
    ReliefPolicy.Charity rules = policies.inForceOn(year.firstDay()).charity();
    PolicyYear previous = year.previous();
    Money income = Money.total(store.donationsBetween(previous.firstDay(), previous.lastDay()).stream()
        .map(Donation::amount).toList());
    Money disbursed = Money.total(store.disbursementsBetween(year.firstDay(), year.lastDay()).stream()
        .map(Disbursement::amount).toList());
    List<Expense> expenses = store.expensesBetween(year.firstDay(), year.lastDay());
    Money charitable = Money.total(expenses.stream().filter(e -> e.kind() == Expense.Kind.CHARITABLE)
        .map(Expense::amount).toList());
    Money administrative = Money.total(expenses.stream().filter(e -> e.kind() == Expense.Kind.ADMINISTRATIVE)
        .map(Expense::amount).toList());
    return new ComplianceFigures(year.year(), income, disbursed, charitable, administrative,
        rules.charitableSpendingMinimum(), rules.administrativeMaximum());
  }
}
