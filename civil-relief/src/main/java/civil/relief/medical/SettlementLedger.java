package civil.relief.medical;

import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.period.PolicyYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Port: where settlements and year-to-date totals are kept. An implementation guarantees that
 * the work given to {@link #atomically} runs serialised with all other work on the same bill
 * (by its {@link Bill#key()}) or the same resident, or ends as if it had (a store may run work again
 * that met other work on the same bill, as a database does at a unique index), and that its writes
 * are all kept or none is.
 */
public interface SettlementLedger {
  /**
   * Runs {@code work} with exclusive access to the records of the bill {@code billKey} and of
   * {@code residentId}; everything it writes through the transaction commits together when it
   * returns, and nothing is kept if it throws.
   */
  <T> T atomically(String billKey, ResidentId residentId, Function<Transaction, T> work);

  /** A stored settlement by id. */
  Optional<SettlementRecord> find(String settlementId);

  /** A resident's totals for a year; zero when nothing was settled. */
  YearToDate yearToDate(ResidentId residentId, PolicyYear year);

  /**
   * Settlements settled or reversed between {@code from} and {@code to} (inclusive), in the
   * order they were recorded.
   */
  List<SettlementRecord> settledOrReversedBetween(LocalDate from, LocalDate to);

  /**
   * The medical-aid figures of {@code from} to {@code to} (inclusive): by default summed here from
   * {@link #settledOrReversedBetween}; a store that can sum in place does, to the same value.
   */
  default SettlementTally tally(LocalDate from, LocalDate to) {
    return SettlementTally.of(settledOrReversedBetween(from, to), from, to);
  }

  /** A hospital's settlements, reversed or not, settled from {@code from} to {@code to} (inclusive), in the order recorded. */
  List<SettlementRecord> ofHospital(HospitalCode hospital, LocalDate from, LocalDate to);

  /** What the work of {@link #atomically} reads and writes through. */
  interface Transaction {
    /** The latest settlement of the bill ({@link Bill#key()}) that is not reversed. */
    Optional<SettlementRecord> latestStanding(String billKey);

    Optional<SettlementRecord> find(String settlementId);

    YearToDate yearToDate(ResidentId residentId, PolicyYear year);

    /** A new, unused settlement id. */
    String nextSettlementId();

    /**
     * Stores a new settlement: its resident's year to date becomes its {@code yearToDateAfter} (a
     * year to date is always what the standing settlements of the year add up to).
     */
    void insert(SettlementRecord settlement);

    /** Stores the reversal of a settlement: its resident's year to date loses what it added. */
    void reverse(SettlementRecord reversed);
  }
}
