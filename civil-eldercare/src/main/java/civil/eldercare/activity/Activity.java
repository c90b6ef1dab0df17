package civil.eldercare.activity;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.ServiceDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * One session of a "three smalls" activity: its kind, topic domain, date and community, the
 * volunteers who ran it and the elders who attended (each once).
 */
@Value.Immutable
public abstract class Activity {
  public abstract String activityId();

  public abstract ActivityKind kind();

  public abstract ServiceDomain topic();

  public abstract String title();

  public abstract LocalDate date();

  public abstract AreaCode community();

  public abstract List<String> leaders();

  public abstract List<String> attendees();

  public static Activity of(String activityId, ActivityKind kind, ServiceDomain topic, String title, LocalDate date,
      AreaCode community, List<String> leaders, List<String> attendees) {
    return ImmutableActivity.builder().activityId(activityId).kind(kind).topic(topic).title(title).date(date)
        .community(community).leaders(leaders).attendees(attendees).build();
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (title().isBlank() || title().length() > 200) {
      problems.add(new FieldProblem("title", "is 1 to 200 characters"));
    }
    if (community().level() != AreaCode.Level.COMMUNITY) {
      problems.add(new FieldProblem("community", "must be a 12-digit community code"));
    }
    if (leaders().isEmpty()) {
      problems.add(new FieldProblem("leaders", "at least one volunteer ran the session"));
    }
    if (attendees().size() > 10_000) {
      problems.add(new FieldProblem("attendees", "at most 10,000"));
    }
    if (new HashSet<>(attendees()).size() != attendees().size()) {
      problems.add(new FieldProblem("attendees", "an elder is listed twice"));
    }
    if (attendees().stream().anyMatch(a -> a.isBlank() || a.length() > 64)) {
      problems.add(new FieldProblem("attendees", "elder ids are 1 to 64 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_ACTIVITY", problems);
    }
  }
}
