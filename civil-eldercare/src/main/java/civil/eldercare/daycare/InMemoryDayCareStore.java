package civil.eldercare.daycare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** A {@link DayCareStore} in memory, for tests and embedding. */
public final class InMemoryDayCareStore implements DayCareStore {
  private final TreeMap<String, DayCareCentre> centres = new TreeMap<>();
  private final List<DayCareEnrolment> enrolments = new ArrayList<>();
  private final List<Attendance> attendance = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();

  @Override
  public synchronized DayCareCentre addCentre(Function<String, DayCareCentre> create) {
    DayCareCentre c = create.apply(String.format("DC-%04d", ids.getOrDefault("DC", 0) + 1));
    ids.merge("DC", 1, Integer::sum);
    centres.put(c.centreId(), c);
    return c;
  }

  @Override
  public synchronized Optional<DayCareCentre> centre(String centreId) {
    return Optional.ofNullable(centres.get(centreId));
  }

  @Override
  public synchronized List<DayCareCentre> centres() {
    return List.copyOf(centres.values());
  }

  @Override
  public synchronized DayCareEnrolment addEnrolment(String centreId,
      BiFunction<String, List<DayCareEnrolment>, DayCareEnrolment> create) {
    DayCareEnrolment e = create.apply(String.format("DE-%06d", ids.getOrDefault("DE", 0) + 1), enrolments(centreId));
    ids.merge("DE", 1, Integer::sum);
    enrolments.add(e);
    return e;
  }

  @Override
  public synchronized List<DayCareEnrolment> enrolments(String centreId) {
    return enrolments.stream().filter(e -> e.centreId().equals(centreId)).toList();
  }

  @Override
  public synchronized Attendance addAttendance(Attendance a, Consumer<List<Attendance>> accept) {
    accept.accept(attendance(a.centreId(), a.date(), a.date()));
    attendance.add(a);
    return a;
  }

  @Override
  public synchronized List<Attendance> attendance(String centreId, LocalDate from, LocalDate to) {
    return attendance.stream()
        .filter(a -> a.centreId().equals(centreId) && !a.date().isBefore(from) && !a.date().isAfter(to)).toList();
  }
}
