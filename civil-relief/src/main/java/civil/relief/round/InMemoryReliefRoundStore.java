package civil.relief.round;

import civil.core.error.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A {@link ReliefRoundStore} in memory, for tests and embedding. */
public final class InMemoryReliefRoundStore implements ReliefRoundStore {
  private final TreeMap<String, ReliefRound> rounds = new TreeMap<>();
  private int sequence;

  @Override
  public synchronized ReliefRound add(Function<String, ReliefRound> create) {
    ReliefRound r = create.apply(String.format("RR-%04d", sequence + 1));
    sequence++;
    rounds.put(r.roundId(), r);
    return r;
  }

  @Override
  public synchronized Optional<ReliefRound> find(String roundId) {
    return Optional.ofNullable(rounds.get(roundId));
  }

  @Override
  public synchronized ReliefRound replace(String roundId, UnaryOperator<ReliefRound> change) {
    ReliefRound current = rounds.get(roundId);
    if (current == null) {
      throw new NotFoundException("relief round", roundId);
    }
    ReliefRound next = change.apply(current);
    rounds.put(roundId, next);
    return next;
  }

  @Override
  public synchronized List<ReliefRound> all() {
    return List.copyOf(rounds.values());
  }
}
