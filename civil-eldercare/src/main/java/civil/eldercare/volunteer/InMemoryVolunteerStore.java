package civil.eldercare.volunteer;

import civil.core.error.ConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A {@link VolunteerStore} in memory, for tests and embedding. */
public final class InMemoryVolunteerStore implements VolunteerStore {
  private final TreeMap<String, Volunteer> volunteers = new TreeMap<>();
  private final TreeMap<String, Need> needs = new TreeMap<>();
  private final List<MatchingRun> runs = new ArrayList<>();
  private CommunityAdjacency adjacency = CommunityAdjacency.none();

  @Override
  public synchronized Volunteer addVolunteer(Volunteer volunteer) {
    if (volunteers.putIfAbsent(volunteer.id(), volunteer) != null) {
      throw new ConflictException("VOLUNTEER_EXISTS", "volunteer " + volunteer.id() + " is registered already");
    }
    return volunteer;
  }

  @Override
  public synchronized Optional<Volunteer> volunteer(String id) {
    return Optional.ofNullable(volunteers.get(id));
  }

  @Override
  public synchronized List<Volunteer> volunteers() {
    return List.copyOf(volunteers.values());
  }

  @Override
  public synchronized Need addNeed(Need need) {
    if (needs.putIfAbsent(need.elderId(), need) != null) {
      throw new ConflictException("NEED_EXISTS", "elder " + need.elderId() + " has a need registered already");
    }
    return need;
  }

  @Override
  public synchronized Optional<Need> need(String elderId) {
    return Optional.ofNullable(needs.get(elderId));
  }

  @Override
  public synchronized List<Need> needs() {
    return List.copyOf(needs.values());
  }

  @Override
  public synchronized void setAdjacency(CommunityAdjacency adjacency) {
    this.adjacency = adjacency;
  }

  @Override
  public synchronized CommunityAdjacency adjacency() {
    return adjacency;
  }

  @Override
  public synchronized MatchingRun addRun(Function<String, MatchingRun> create) {
    MatchingRun run = create.apply(String.format("MR-%04d", runs.size() + 1));
    runs.add(run);
    return run;
  }

  @Override
  public synchronized List<MatchingRun> runsBetween(LocalDate from, LocalDate to) {
    return runs.stream().filter(r -> !r.runOn().isBefore(from) && !r.runOn().isAfter(to)).toList();
  }
}
