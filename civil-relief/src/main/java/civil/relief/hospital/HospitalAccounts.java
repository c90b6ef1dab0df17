package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.HospitalCode;
import civil.relief.medical.SettlementLedger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The accounts between the bureau and its designated hospitals, an application service: daily
 * reconciliation of a hospital's settlements (对账) and monthly clearing statements (清算) with
 * their approval and payment.
 */
public final class HospitalAccounts {
  private final HospitalRegistry registry;
  private final SettlementLedger ledger;
  private final ClearingStore store;
  private final Clock clock;

  public HospitalAccounts(HospitalRegistry registry, SettlementLedger ledger, ClearingStore store, Clock clock) {
    this.registry = requireNonNull(registry);
    this.ledger = requireNonNull(ledger);
    this.store = requireNonNull(store);
    this.clock = requireNonNull(clock);
  }

  /**
   * Reconciles a hospital's day and stores the answer.
   *
   * @throws NotFoundException if the hospital is not registered
   * @throws civil.core.error.InvalidInputException {@code DUPLICATE_ROW} for a settlement or bill given twice
   */
  public Reconciliation reconcile(HospitalCode hospital, LocalDate date, List<HospitalRow> rows) {
    registry.hospital(hospital);
    return store.addReconciliation(id -> Reconciliation.of(id, hospital, date, rows, ledger.ofHospital(hospital, date, date)));
  }

  public Reconciliation reconciliation(String id) {
    return store.findReconciliation(id).orElseThrow(() -> new NotFoundException("reconciliation", id));
  }

  public List<Reconciliation> reconciliations(Optional<HospitalCode> hospital, LocalDate from, LocalDate to) {
    return store.reconciliations(hospital, from, to);
  }

  /**
   * Draws a hospital's statement for a month that has ended.
   *
   * @throws NotFoundException if the hospital is not registered
   * @throws RefusedException {@code MONTH_NOT_ENDED} if today is on or before the month's last day
   * @throws civil.core.error.ConflictException {@code CLEARING_EXISTS} or {@code CLEARING_OUT_OF_ORDER}
   */
  public ClearingStatement draw(HospitalCode hospital, YearMonth month) {
    registry.hospital(hospital);
    LocalDate today = LocalDate.now(clock);
    if (!today.isAfter(month.atEndOfMonth())) {
      throw new RefusedException("MONTH_NOT_ENDED", month + " has not ended (today is " + today
          + "); a month is cleared once it is over");
    }
    return store.draw(hospital, (id, earlier) -> ClearingStatement.draw(id, hospital, month,
        ledger.ofHospital(hospital, LocalDate.of(1900, 1, 1), month.atEndOfMonth()), earlier));
  }

  public ClearingStatement approve(String clearingId) {
    return store.replace(clearingId, ClearingStatement::approve);
  }

  public ClearingStatement pay(String clearingId, LocalDate paidOn) {
    return store.replace(clearingId, s -> s.pay(paidOn));
  }

  public ClearingStatement statement(String clearingId) {
    return store.find(clearingId).orElseThrow(() -> new NotFoundException("clearing statement", clearingId));
  }

  public List<ClearingStatement> statements(Optional<HospitalCode> hospital) {
    return store.statements(hospital);
  }
}
