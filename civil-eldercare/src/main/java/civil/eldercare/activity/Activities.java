package civil.eldercare.activity;

import static java.util.Objects.requireNonNull;

import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.VolunteerService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Three smalls" activities, an application service: records sessions (every leader a registered
 * volunteer) and counts a period's sessions, person-times and distinct elders.
 */
public final class Activities {
  private final ActivityStore store;
  private final VolunteerService volunteers;

  public Activities(ActivityStore store, VolunteerService volunteers) {
    this.store = requireNonNull(store);
    this.volunteers = requireNonNull(volunteers);
  }

  /**
   * Records a session.
   *
   * @throws civil.core.error.NotFoundException if a leader is not a registered volunteer
   */
  public Activity record(ActivityKind kind, ServiceDomain topic, String title, LocalDate date, AreaCode community,
      List<String> leaders, List<String> attendees) {
    leaders.forEach(volunteers::volunteer);
    return store.add(id -> Activity.of(id, kind, topic, title, date, community, leaders, attendees));
  }

  public List<Activity> between(LocalDate from, LocalDate to) {
    return store.between(from, to);
  }

  /** The figures of the sessions dated from {@code from} to {@code to}. */
  public ActivityFigures figures(LocalDate from, LocalDate to) {
    return figuresOf(store.between(from, to));
  }

  /** The figures of the given sessions. */
  public static ActivityFigures figuresOf(List<Activity> sessions) {
    Map<ActivityKind, Integer> byKind = new EnumMap<>(ActivityKind.class);
    for (ActivityKind k : ActivityKind.values()) {
      byKind.put(k, 0);
    }
    int personTimes = 0;
    Set<String> elders = new HashSet<>();
    for (Activity a : sessions) {
      byKind.merge(a.kind(), 1, Integer::sum);
      personTimes += a.attendees().size();
      elders.addAll(a.attendees());
    }
    return new ActivityFigures(byKind, personTimes, elders.size());
  }
}
