package civil.relief.charity;

import civil.core.identity.CreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Port: the association's units, invitations, campaigns, donations, disbursements and expenses.
 * Writes go through {@link #atomically}: all of one call's writes are kept, or none.
 */
public interface CharityStore {
  /** Runs {@code work} serialised with all other writes; its writes commit when it returns. */
  <T> T atomically(Function<Transaction, T> work);

  List<CharityUnit> units();

  List<Invitation> invitations();

  List<Campaign> campaigns();

  List<Donation> donationsBetween(LocalDate from, LocalDate to);

  List<Disbursement> disbursementsBetween(LocalDate from, LocalDate to);

  List<Expense> expensesBetween(LocalDate from, LocalDate to);

  /** What {@link #atomically} reads and writes through. */
  interface Transaction {
    Optional<CharityUnit> unit(CreditCode creditCode);

    void putUnit(CharityUnit unit);

    Optional<Invitation> invitation(String invitationId);

    void putInvitation(Invitation invitation);

    Optional<Campaign> campaign(String campaignId);

    void putCampaign(Campaign campaign);

    List<Donation> donations(String campaignId);

    void addDonation(Donation donation);

    List<Disbursement> disbursements(String campaignId);

    void addDisbursement(Disbursement disbursement);

    void addExpense(Expense expense);

    /** The next receipt number of {@code year}: one more than the last issued, from 1. */
    long nextReceiptSequence(int year);

    /** A new, unused id with the given prefix ({@code "INV"}, {@code "CP"}, {@code "DB"}, {@code "EX"}). */
    String nextId(String prefix);
  }
}
