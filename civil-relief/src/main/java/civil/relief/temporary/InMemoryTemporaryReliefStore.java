package civil.relief.temporary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A {@link TemporaryReliefStore} in memory, for tests and embedding. */
public final class InMemoryTemporaryReliefStore implements TemporaryReliefStore {
  private final List<TemporaryReliefGrant> grants = new ArrayList<>();

  @Override
  public synchronized TemporaryReliefGrant append(String householdId,
      BiFunction<String, List<TemporaryReliefGrant>, TemporaryReliefGrant> decide) {
    List<TemporaryReliefGrant> mine = grants.stream().filter(g -> g.householdId().equals(householdId)).toList();
    TemporaryReliefGrant grant = decide.apply(String.format("TR-%06d", grants.size() + 1), mine);
    grants.add(grant);
    return grant;
  }

  @Override
  public synchronized List<TemporaryReliefGrant> grantedBetween(LocalDate from, LocalDate to) {
    return grants.stream().filter(g -> !g.grantedOn().isBefore(from) && !g.grantedOn().isAfter(to)).toList();
  }
}
