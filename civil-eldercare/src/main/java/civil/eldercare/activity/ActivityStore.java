package civil.eldercare.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Port: activity sessions. */
public interface ActivityStore {
  Activity add(Function<String, Activity> create);

  /** Sessions dated from {@code from} to {@code to}, in the order recorded. */
  List<Activity> between(LocalDate from, LocalDate to);
}
