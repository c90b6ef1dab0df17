package civil.relief.household;

import civil.core.identity.ResidentId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A {@link HouseholdStore} in memory, for tests and embedding. */
public final class InMemoryHouseholdStore implements HouseholdStore {
  private final TreeMap<String, RegisteredHousehold> households = new TreeMap<>();
  private int sequence;

  @Override
  public synchronized <T> T atomically(Function<Tx, T> work) {
    TreeMap<String, RegisteredHousehold> pending = new TreeMap<>(households);
    int[] next = {sequence};
    T result = work.apply(new Tx() {
      @Override
      public String nextId() {
        return String.format("HH-%06d", ++next[0]);
      }

      @Override
      public Optional<RegisteredHousehold> find(String householdId) {
        return Optional.ofNullable(pending.get(householdId));
      }

      @Override
      public Optional<String> householdOf(ResidentId residentId) {
        return pending.values().stream()
            .filter(h -> h.household().members().stream().anyMatch(m -> m.residentId().equals(residentId)))
            .map(RegisteredHousehold::householdId).findFirst();
      }

      @Override
      public void put(RegisteredHousehold household) {
        pending.put(household.householdId(), household);
      }
    });
    households.clear();
    households.putAll(pending);
    sequence = next[0];
    return result;
  }

  @Override
  public synchronized Optional<RegisteredHousehold> find(String householdId) {
    return Optional.ofNullable(households.get(householdId));
  }

  @Override
  public synchronized List<RegisteredHousehold> all() {
    return List.copyOf(households.values());
  }
}
