package civil.relief.household;

import civil.core.error.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A {@link HouseholdStore} in memory, for tests and embedding. */
public final class InMemoryHouseholdStore implements HouseholdStore {
  private final TreeMap<String, RegisteredHousehold> households = new TreeMap<>();
  private int sequence;

  @Override
  public synchronized RegisteredHousehold add(Function<String, RegisteredHousehold> create) {
    RegisteredHousehold h = create.apply(String.format("HH-%06d", sequence + 1));
    sequence++;
    households.put(h.householdId(), h);
    return h;
  }

  @Override
  public synchronized Optional<RegisteredHousehold> find(String householdId) {
    return Optional.ofNullable(households.get(householdId));
  }

  @Override
  public synchronized RegisteredHousehold replace(String householdId, UnaryOperator<RegisteredHousehold> change) {
    RegisteredHousehold current = households.get(householdId);
    if (current == null) {
      throw new NotFoundException("household", householdId);
    }
    RegisteredHousehold next = change.apply(current);
    households.put(householdId, next);
    return next;
  }

  @Override
  public synchronized List<RegisteredHousehold> all() {
    return List.copyOf(households.values());
  }
}
