package civil.eldercare.daycare;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Day care (日托养老), an application service: centres, enrolments (one active per elder and
 * centre), daily attendance (only of enrolled elders, on open days, within capacity, once a day)
 * and utilisation.
 */
public final class DayCare {
  private final DayCareStore store;

  public DayCare(DayCareStore store) {
    this.store = requireNonNull(store);
  }

  public DayCareCentre addCentre(String name, AreaCode subdistrict, int capacity, LocalDate openedOn,
      Set<DayOfWeek> openDays) {
    return store.addCentre(id -> DayCareCentre.of(id, name, subdistrict, capacity, openedOn, openDays));
  }

  /**
   * @throws NotFoundException if there is no such centre
   */
  public DayCareCentre centre(String centreId) {
    return store.centre(centreId).orElseThrow(() -> new NotFoundException("day-care centre", centreId));
  }

  public List<DayCareCentre> centres() {
    return store.centres();
  }

  /**
   * Enrols an elder at a centre from {@code from}.
   *
   * @throws ConflictException {@code ALREADY_ENROLLED} if they are enrolled there already
   */
  public DayCareEnrolment enrol(String centreId, ResidentId residentId, LocalDate from) {
    centre(centreId);
    return store.addEnrolment(centreId, (id, existing) -> {
      for (DayCareEnrolment e : existing) {
        if (e.residentId().equals(residentId) && e.leftOn().map(u -> !u.isBefore(from)).orElse(true)) {
          throw new ConflictException("ALREADY_ENROLLED", residentId.masked() + " is already enrolled as " + e.enrolmentId());
        }
      }
      return DayCareEnrolment.of(id, centreId, residentId, from);
    });
  }

  public List<DayCareEnrolment> enrolments(String centreId) {
    centre(centreId);
    return store.enrolments(centreId);
  }

  /**
   * Records a day's attendance.
   *
   * @throws RefusedException {@code CENTRE_CLOSED}, {@code NOT_ENROLLED} or {@code CENTRE_FULL}
   * @throws ConflictException {@code ATTENDANCE_RECORDED} if it is recorded already
   */
  public Attendance recordAttendance(String centreId, ResidentId residentId, LocalDate date) {
    DayCareCentre centre = centre(centreId);
    if (!centre.isOpenOn(date)) {
      throw new RefusedException("CENTRE_CLOSED", centre.name() + " is not open on " + date);
    }
    boolean enrolled = store.enrolments(centreId).stream()
        .anyMatch(e -> e.residentId().equals(residentId) && e.isActiveOn(date));
    if (!enrolled) {
      throw new RefusedException("NOT_ENROLLED", residentId.masked() + " is not enrolled at " + centre.name() + " on " + date);
    }
    return store.addAttendance(new Attendance(centreId, residentId, date), sameDay -> {
      if (sameDay.stream().anyMatch(a -> a.residentId().equals(residentId))) {
        throw new ConflictException("ATTENDANCE_RECORDED", "attendance of " + residentId.masked() + " on " + date
            + " is recorded already");
      }
      if (sameDay.size() >= centre.capacity()) {
        throw new RefusedException("CENTRE_FULL", centre.name() + " has " + centre.capacity() + " places, all taken on " + date);
      }
    });
  }

  /** A centre's attendances dated from {@code from} to {@code to}. */
  public List<Attendance> attendance(String centreId, LocalDate from, LocalDate to) {
    centre(centreId);
    return store.attendance(centreId, from, to);
  }

  /** A centre's utilisation from {@code from} to {@code to}. */
  public Utilisation utilisation(String centreId, LocalDate from, LocalDate to) {
    return Utilisation.of(centre(centreId), store.attendance(centreId, from, to), from, to);
  }
}
