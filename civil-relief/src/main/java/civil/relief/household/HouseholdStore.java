package civil.relief.household;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Port: the register of households. */
public interface HouseholdStore {
  /** Stores the household {@code create} makes from a new, unused id. */
  RegisteredHousehold add(Function<String, RegisteredHousehold> create);

  Optional<RegisteredHousehold> find(String householdId);

  /**
   * Replaces a stored household by {@code change} applied to it, atomically; if {@code change}
   * throws, nothing is stored.
   *
   * @throws civil.core.error.NotFoundException if there is no such household
   */
  RegisteredHousehold replace(String householdId, UnaryOperator<RegisteredHousehold> change);

  /** Every household, by id. */
  List<RegisteredHousehold> all();
}
