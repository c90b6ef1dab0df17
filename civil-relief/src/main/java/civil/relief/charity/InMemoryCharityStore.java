package civil.relief.charity;

import civil.core.identity.CreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@link CharityStore} in memory, for tests and embedding. A transaction works on copies and
 * swaps them in when it returns, so a refused operation leaves nothing behind.
 */
public final class InMemoryCharityStore implements CharityStore {
  private State state = new State();

  private static final class State {
    final TreeMap<CreditCode, CharityUnit> units = new TreeMap<>();
    final TreeMap<String, Invitation> invitations = new TreeMap<>();
    final TreeMap<String, Campaign> campaigns = new TreeMap<>();
    final List<Donation> donations = new ArrayList<>();
    final List<Disbursement> disbursements = new ArrayList<>();
    final List<Expense> expenses = new ArrayList<>();
    final Map<Integer, Long> receipts = new HashMap<>();
    final Map<String, Integer> ids = new HashMap<>();

    State copy() {
      State s = new State();
      s.units.putAll(units);
      s.invitations.putAll(invitations);
      s.campaigns.putAll(campaigns);
      s.donations.addAll(donations);
      s.disbursements.addAll(disbursements);
      s.expenses.addAll(expenses);
      s.receipts.putAll(receipts);
      s.ids.putAll(ids);
      return s;
    }
  }

  @Override
  public synchronized <T> T atomically(Function<Transaction, T> work) {
    State next = state.copy();
    T result = work.apply(new Transaction() {
      @Override
      public Optional<CharityUnit> unit(CreditCode creditCode) {
        return Optional.ofNullable(next.units.get(creditCode));
      }

      @Override
      public void putUnit(CharityUnit unit) {
        next.units.put(unit.creditCode(), unit);
      }

      @Override
      public Optional<Invitation> invitation(String invitationId) {
        return Optional.ofNullable(next.invitations.get(invitationId));
      }

      @Override
      public void putInvitation(Invitation invitation) {
        next.invitations.put(invitation.invitationId(), invitation);
      }

      @Override
      public Optional<Campaign> campaign(String campaignId) {
        return Optional.ofNullable(next.campaigns.get(campaignId));
      }

      @Override
      public void putCampaign(Campaign campaign) {
        next.campaigns.put(campaign.campaignId(), campaign);
      }

      @Override
      public List<Donation> donations(String campaignId) {
        return next.donations.stream().filter(d -> d.campaignId().equals(campaignId)).toList();
      }

      @Override
      public void addDonation(Donation donation) {
        next.donations.add(donation);
      }

      @Override
      public List<Disbursement> disbursements(String campaignId) {
        return next.disbursements.stream().filter(d -> d.campaignId().equals(campaignId)).toList();
      }

      @Override
      public void addDisbursement(Disbursement disbursement) {
        next.disbursements.add(disbursement);
      }

      @Override
      public void addExpense(Expense expense) {
        next.expenses.add(expense);
      }

      @Override
      public long nextReceiptSequence(int year) {
        return next.receipts.merge(year, 1L, Long::sum);
      }

      @Override
      public String nextId(String prefix) {
        return String.format("%s-%06d", prefix, next.ids.merge(prefix, 1, Integer::sum));
      }
    });
    state = next;
    return result;
  }

  @Override
  public synchronized List<CharityUnit> units() {
    return List.copyOf(state.units.values());
  }

  @Override
  public synchronized List<Invitation> invitations() {
    return List.copyOf(state.invitations.values());
  }

  @Override
  public synchronized List<Campaign> campaigns() {
    return List.copyOf(state.campaigns.values());
  }

  @Override
  public synchronized List<Donation> donationsBetween(LocalDate from, LocalDate to) {
    return state.donations.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
  }

  @Override
  public synchronized List<Disbursement> disbursementsBetween(LocalDate from, LocalDate to) {
    return state.disbursements.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
  }

  @Override
  public synchronized List<Expense> expensesBetween(LocalDate from, LocalDate to) {
    return state.expenses.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
  }
}
