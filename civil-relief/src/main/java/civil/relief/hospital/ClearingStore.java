package civil.relief.hospital;

import civil.core.identity.HospitalCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Port: clearing statements and reconciliations. */
public interface ClearingStore {
  /**
   * Stores the statement {@code draw} makes from a new id and the hospital's earlier statements,
   * with the hospital held so that no other statement of it is drawn at the same time.
   */
  ClearingStatement draw(HospitalCode hospital, DrawWork draw);

  /** The drawing of a statement, given a new id and the hospital's statements so far. */
  @FunctionalInterface
  interface DrawWork {
    ClearingStatement draw(String clearingId, List<ClearingStatement> earlier);
  }

  Optional<ClearingStatement> find(String clearingId);

  /** Replaces a statement's status (its lines never change), atomically; nothing is stored if {@code change} throws. */
  ClearingStatement replace(String clearingId, UnaryOperator<ClearingStatement> change);

  /** A hospital's statements in month order, or every hospital's when empty. */
  List<ClearingStatement> statements(Optional<HospitalCode> hospital);

  /** Stores the reconciliation {@code make} builds from a new id. */
  Reconciliation addReconciliation(Function<String, Reconciliation> make);

  Optional<Reconciliation> findReconciliation(String reconciliationId);

  /** Reconciliations in the order made, of one hospital or every hospital, for days from {@code from} to {@code to}. */
  List<Reconciliation> reconciliations(Optional<HospitalCode> hospital, LocalDate from, LocalDate to);
}
