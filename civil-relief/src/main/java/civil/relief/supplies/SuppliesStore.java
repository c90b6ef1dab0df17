package civil.relief.supplies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Port: supply items and their movements. */
public interface SuppliesStore {
  /** Stores the item {@code create} makes from a new, unused id. */
  SupplyItem addItem(Function<String, SupplyItem> create);

  Optional<SupplyItem> item(String itemId);

  /** Every item, by id. */
  List<SupplyItem> items();

  /**
   * Replaces an item by {@code change} applied to it, atomically.
   *
   * @throws civil.core.error.NotFoundException if there is no such item
   */
  SupplyItem replaceItem(String itemId, UnaryOperator<SupplyItem> change);

  /** One item's movements, in the order recorded. */
  List<Movement> movements(String itemId);

  /** Every movement dated from {@code from} to {@code to} inclusive, in the order recorded. */
  List<Movement> movementsBetween(LocalDate from, LocalDate to);

  /**
   * Records the movements {@code decide} returns, reading the movements of {@code itemIds}
   * through the ledger it is given; serialised with every other recording that touches one of
   * those items, and all recorded or none (if {@code decide} throws, nothing is).
   */
  List<Movement> record(Collection<String> itemIds, Function<Ledger, List<Movement>> decide);

  /** What {@link #record} decides with. */
  interface Ledger {
    /** The movements of an item named to {@link #record}, in the order recorded. */
    List<Movement> movements(String itemId);

    String nextMovementId();

    String nextRationListId();
  }
}
