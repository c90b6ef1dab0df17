package civil.relief.household;

import civil.core.identity.ResidentId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Port: the register of households. */
public interface HouseholdStore {
  /**
   * Runs {@code work} as one atomic step: what it reads through the {@link Tx} stays as read until
   * it returns, and what it puts is stored only if it returns (if it throws, nothing is stored).
   */
  <T> T atomically(Function<Tx, T> work);

  Optional<RegisteredHousehold> find(String householdId);

  /** Every household, by id. */
  List<RegisteredHousehold> all();

  /** One atomic step over the register. */
  interface Tx {
    /** A new, unused household id. */
    String nextId();

    /** A stored household, held for this step. */
    Optional<RegisteredHousehold> find(String householdId);

    /** The household a resident belongs to now, if any, held for this step. */
    Optional<String> householdOf(ResidentId residentId);

    /** Stores a household, new or replacing the one with its id, with its members. */
    void put(RegisteredHousehold household);
  }
}
