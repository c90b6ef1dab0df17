package civil.relief.medical;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.identity.ResidentId;
import civil.core.period.PolicyYear;
import civil.core.policy.PolicyRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The hospital's settlement desk (一站式结算窗口), an application service over the
 * {@link SettlementLedger}: settles bills with the policy and aid category in force on their
 * day, reverses them, and reports year-to-date totals.
 *
 * <ul>
 *   <li><b>Idempotent on the bill's key</b> (its hospital, or the manual claims, and its id): a
 *       bill whose latest standing settlement has the same fields returns that settlement unchanged; different fields are a conflict
 *       ({@code IDEMPOTENCY_CONFLICT}); a bill whose settlements are all reversed is settled
 *       anew.
 *   <li><b>Serialised per resident</b>: the year to date is read, the settlement computed and
 *       both written in one atomic step of the ledger, so two desks settling bills of the same
 *       resident at once never push a total past a cap.
 *   <li><b>Reversal</b> (冲正) takes exactly the settlement's own contribution off the year to
 *       date and marks it reversed today (from the clock); reversing twice is a conflict
 *       ({@code ALREADY_REVERSED}). Later settlements stand as they were.
 * </ul>
 */
public final class SettlementDesk {
  private final PolicyRegistry<MedicalAidPolicy> policies;
  private final AidCategoryRegister categories;
  private final SettlementLedger ledger;
  private final Clock clock;

  public SettlementDesk(PolicyRegistry<MedicalAidPolicy> policies, AidCategoryRegister categories,
      SettlementLedger ledger, Clock clock) {
    this.policies = requireNonNull(policies);
    this.categories = requireNonNull(categories);
    this.ledger = requireNonNull(ledger);
    this.clock = requireNonNull(clock);
  }

  /**
   * Settles a bill, or returns its standing settlement when the same bill comes again.
   *
   * @throws ConflictException {@code IDEMPOTENCY_CONFLICT} if the bill id has a standing
   *     settlement with other content
   * @throws civil.core.policy.NoPolicyInForceException if no policy is in force on its day
   */
  public SettlementOutcome settle(Bill bill) {
    MedicalAidPolicy policy = policies.inForceOn(bill.settledOn());
    AidCategory category = categories.categoryOn(bill.residentId(), bill.settledOn());
    PolicyYear year = PolicyYear.containing(bill.settledOn());
    return ledger.atomically(bill.key(), bill.residentId(), tx -> {
      Optional<SettlementRecord> standing = tx.latestStanding(bill.key());
      if (standing.isPresent()) {
        if (standing.get().bill().equals(bill)) {
          return new SettlementOutcome(standing.get(), false);
        }
        throw new ConflictException("IDEMPOTENCY_CONFLICT",
            "bill " + bill.billId() + " is already settled as " + standing.get().settlementId()
                + " with other content; reverse that settlement first or use another bill id");
      }
      Settlement settlement = SettlementEngine.settle(bill, category, tx.yearToDate(bill.residentId(), year), policy);
      SettlementRecord record = SettlementRecord.settled(tx.nextSettlementId(), settlement);
      tx.insert(record);
      return new SettlementOutcome(record, true);
    });
  }

  /**
   * What settling {@code bill} would give now, computed by the same engine from the resident's
   * year to date as it stands: nothing is stored, nothing is held, no total changes, and a bill
   * already settled is no conflict.
   *
   * @throws civil.core.policy.NoPolicyInForceException if no policy is in force on its day
   */
  public Settlement preview(Bill bill) {
    MedicalAidPolicy policy = policies.inForceOn(bill.settledOn());
    AidCategory category = categories.categoryOn(bill.residentId(), bill.settledOn());
    return SettlementEngine.settle(bill, category,
        ledger.yearToDate(bill.residentId(), PolicyYear.containing(bill.settledOn())), policy);
  }

  /**
   * Reverses a standing settlement today.
   *
   * @throws NotFoundException if there is no such settlement
   * @throws ConflictException {@code ALREADY_REVERSED} if it was reversed before
   */
  public SettlementRecord reverse(String settlementId) {
    SettlementRecord found = settlement(settlementId);
    LocalDate today = LocalDate.now(clock);
    return ledger.atomically(found.bill().key(), found.bill().residentId(), tx -> {
      SettlementRecord current = tx.find(settlementId).orElseThrow(() -> new NotFoundException("settlement", settlementId));
      if (current.isReversed()) {
        throw new ConflictException("ALREADY_REVERSED",
            "settlement " + settlementId + " was already reversed on " + current.reversedOn().orElseThrow());
      }
      SettlementRecord reversed = current.reversedOn(today);
      tx.reverse(reversed);
      return reversed;
    });
  }

  /**
   * A stored settlement.
   *
   * @throws NotFoundException if there is none with that id
   */
  public SettlementRecord settlement(String settlementId) {
    return ledger.find(settlementId).orElseThrow(() -> new NotFoundException("settlement", settlementId));
  }

  public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
    return ledger.yearToDate(residentId, year);
  }
  /**
   * Settlements settled or reversed from {@code from} to {@code to}, inclusive, in the order
   * recorded: what a period's report counts.
   */
  public List<SettlementRecord> settledOrReversedBetween(LocalDate from, LocalDate to) {
    return ledger.settledOrReversedBetween(from, to);
  }

  /** The medical-aid figures of {@code from} to {@code to}, inclusive ({@link SettlementTally}). */
  public SettlementTally tally(LocalDate from, LocalDate to) {
    return ledger.tally(from, to);
  }

}
