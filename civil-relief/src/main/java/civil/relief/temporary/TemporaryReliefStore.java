package civil.relief.temporary;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** Port: temporary-relief grants. */
public interface TemporaryReliefStore {
  /**
   * Records the grant {@code decide} returns, given a new grant id and the household's grants so
   * far; atomic with respect to other grants of the same household. If {@code decide} throws,
   * nothing is recorded.
   */
  TemporaryReliefGrant append(String householdId, BiFunction<String, List<TemporaryReliefGrant>, TemporaryReliefGrant> decide);

  /** Grants dated from {@code from} to {@code to} inclusive, in the order recorded. */
  List<TemporaryReliefGrant> grantedBetween(LocalDate from, LocalDate to);
}
