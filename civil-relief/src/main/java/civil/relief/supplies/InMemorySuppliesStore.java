package civil.relief.supplies;

import civil.core.error.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A {@link SuppliesStore} in memory, for tests and embedding; one lock serialises writes. */
public final class InMemorySuppliesStore implements SuppliesStore {
  private final TreeMap<String, SupplyItem> items = new TreeMap<>();
  private final List<Movement> movements = new ArrayList<>();
  private int itemSequence;
  private int movementSequence;
  private int rationSequence;

  @Override
  public synchronized SupplyItem addItem(Function<String, SupplyItem> create) {
    SupplyItem item = create.apply(String.format("IT-%04d", itemSequence + 1));
    itemSequence++;
    items.put(item.itemId(), item);
    return item;
  }

  @Override
  public synchronized Optional<SupplyItem> item(String itemId) {
    return Optional.ofNullable(items.get(itemId));
  }

  @Override
  public synchronized List<SupplyItem> items() {
    return List.copyOf(items.values());
  }

  @Override
  public synchronized SupplyItem replaceItem(String itemId, UnaryOperator<SupplyItem> change) {
    SupplyItem current = items.get(itemId);
    if (current == null) {
      throw new NotFoundException("supply item", itemId);
    }
    SupplyItem next = change.apply(current);
    items.put(itemId, next);
    return next;
  }

  @Override
  public synchronized List<Movement> movements(String itemId) {
    return movements.stream().filter(m -> m.itemId().equals(itemId)).toList();
  }

  @Override
  public synchronized List<Movement> movementsBetween(LocalDate from, LocalDate to) {
    return movements.stream().filter(m -> !m.date().isBefore(from) && !m.date().isAfter(to)).toList();
  }

  @Override
  public synchronized List<Movement> record(Collection<String> itemIds, Function<Ledger, List<Movement>> decide) {
    Set<String> allowed = Set.copyOf(itemIds);
    int[] movementIds = {movementSequence};
    int[] rationIds = {rationSequence};
    List<Movement> made = decide.apply(new Ledger() {
      @Override
      public List<Movement> movements(String itemId) {
        if (!allowed.contains(itemId)) {
          throw new IllegalArgumentException("item " + itemId + " was not named to record");
        }
        return InMemorySuppliesStore.this.movements(itemId);
      }

      @Override
      public String nextMovementId() {
        return String.format("MV-%06d", ++movementIds[0]);
      }

      @Override
      public String nextRationListId() {
        return String.format("GR-%04d", ++rationIds[0]);
      }
    });
    movements.addAll(made);
    movementSequence = movementIds[0];
    rationSequence = rationIds[0];
    return made;
  }
}
