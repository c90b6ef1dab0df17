package civil.relief.round;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Port: relief rounds with their rosters and corrections. */
public interface ReliefRoundStore {
  /** Stores the round {@code create} makes from a new, unused id. */
  ReliefRound add(Function<String, ReliefRound> create);

  Optional<ReliefRound> find(String roundId);

  /**
   * Replaces a stored round by {@code change} applied to it, atomically; if {@code change}
   * throws, nothing is stored.
   *
   * @throws civil.core.error.NotFoundException if there is no such round
   */
  ReliefRound replace(String roundId, UnaryOperator<ReliefRound> change);

  /** Every round, by id. */
  List<ReliefRound> all();
}
