package civil.eldercare.daycare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Port: day-care centres, enrolments and attendance. */
public interface DayCareStore {
  DayCareCentre addCentre(Function<String, DayCareCentre> create);

  Optional<DayCareCentre> centre(String centreId);

  List<DayCareCentre> centres();

  /**
   * Stores the enrolment {@code create} makes from a new id and the centre's enrolments so far;
   * atomic per centre.
   */
  DayCareEnrolment addEnrolment(String centreId,
      BiFunction<String, List<DayCareEnrolment>, DayCareEnrolment> create);

  List<DayCareEnrolment> enrolments(String centreId);

  /**
   * Stores an attendance if {@code accept}, given the centre's attendances that day, does not
   * throw; atomic per centre.
   */
  Attendance addAttendance(Attendance attendance, Consumer<List<Attendance>> accept);

  /** A centre's attendances dated from {@code from} to {@code to}. */
  List<Attendance> attendance(String centreId, LocalDate from, LocalDate to);
}
