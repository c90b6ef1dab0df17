package civil.eldercare.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An {@link ActivityStore} in memory, for tests and embedding. */
public final class InMemoryActivityStore implements ActivityStore {
  private final List<Activity> activities = new ArrayList<>();

  @Override
  public synchronized Activity add(Function<String, Activity> create) {
    Activity a = create.apply(String.format("AC-%05d", activities.size() + 1));
    activities.add(a);
    return a;
  }

  @Override
  public synchronized List<Activity> between(LocalDate from, LocalDate to) {
    return activities.stream().filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).toList();
  }
}
