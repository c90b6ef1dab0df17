package civil.eldercare.volunteer;

import static java.util.Objects.requireNonNull;

import civil.core.error.NotFoundException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The volunteer service (志愿服务), an application service over the registers: volunteers and
 * needs, the community adjacency, and matching runs over the stored records, each kept with its
 * date.
 */
public final class VolunteerService {
  private final VolunteerStore store;

  public VolunteerService(VolunteerStore store) {
    this.store = requireNonNull(store);
  }

  public Volunteer register(Volunteer volunteer) {
    return store.addVolunteer(volunteer);
  }

  public Need register(Need need) {
    return store.addNeed(need);
  }

  /**
   * @throws NotFoundException if there is no such volunteer
   */
  public Volunteer volunteer(String id) {
    return store.volunteer(id).orElseThrow(() -> new NotFoundException("volunteer", id));
  }

  /**
   * @throws NotFoundException if the elder has no need registered
   */
  public Need need(String elderId) {
    return store.need(elderId).orElseThrow(() -> new NotFoundException("need", elderId));
  }

  public List<Volunteer> volunteers() {
    return store.volunteers();
  }

  public List<Need> needs() {
    return store.needs();
  }

  public void setAdjacency(CommunityAdjacency adjacency) {
    store.setAdjacency(adjacency);
  }

  public CommunityAdjacency adjacency() {
    return store.adjacency();
  }

  /** Matches the stored needs with the stored volunteers and keeps the run, dated {@code runOn}. */
  public MatchingRun run(LocalDate runOn) {
    List<Need> needs = store.needs();
    Matching matching = VolunteerMatcher.match(store.volunteers(), needs, store.adjacency());
    Map<String, ServiceForm> forms = new HashMap<>();
    needs.forEach(n -> forms.put(n.elderId(), n.form()));
    return store.addRun(id -> new MatchingRun(id, runOn, matching, forms));
  }

  public List<MatchingRun> runsBetween(LocalDate from, LocalDate to) {
    return store.runsBetween(from, to);
  }
}
