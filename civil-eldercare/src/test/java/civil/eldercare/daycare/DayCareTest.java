package civil.eldercare.daycare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.ConflictException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Fraction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayCareTest {
  private static final ResidentId A = ResidentId.parse("410802194601031234");
  private static final ResidentId B = ResidentId.ofFirst17("41080219500101001");
  private static final ResidentId C = ResidentId.ofFirst17("41080219500101002");
  private final DayCare dayCare = new DayCare(new InMemoryDayCareStore());

  @Test
  void utilisationIsAttendanceDaysOverPlacesTimesOpenDays() {
    // two places, open Monday to Friday from Monday 2026-03-02
    DayCareCentre c = dayCare.addCentre("王褚街道日间照料中心", AreaCode.parse("410802001"), 2, LocalDate.of(2026, 3, 2),
        DayCareCentre.weekdays());
    dayCare.enrol(c.centreId(), A, LocalDate.of(2026, 3, 2));
    dayCare.enrol(c.centreId(), B, LocalDate.of(2026, 3, 2));
    dayCare.recordAttendance(c.centreId(), A, LocalDate.of(2026, 3, 2));
    dayCare.recordAttendance(c.centreId(), B, LocalDate.of(2026, 3, 2));
    dayCare.recordAttendance(c.centreId(), A, LocalDate.of(2026, 3, 3));
    Utilisation u = dayCare.utilisation(c.centreId(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8));
    assertEquals(5, u.openDays()); // Sunday 1st before opening, Saturday and Sunday closed
    assertEquals(Fraction.of(3, 10), u.ratio());
    assertEquals("30.0%", u.ratio().percentOneDecimal());
  }

  @Test
  void attendanceIsOncePerDayWithinCapacityOnOpenDaysForEnrolledEldersOnly() {
    DayCareCentre c = dayCare.addCentre("上白作街道日间照料中心", AreaCode.parse("410802002"), 1, LocalDate.of(2026, 3, 2),
        DayCareCentre.weekdays());
    dayCare.enrol(c.centreId(), A, LocalDate.of(2026, 3, 2));
    dayCare.enrol(c.centreId(), B, LocalDate.of(2026, 3, 2));
    assertEquals("CENTRE_CLOSED", assertThrows(RefusedException.class,
        () -> dayCare.recordAttendance(c.centreId(), A, LocalDate.of(2026, 3, 7))).code());
    assertEquals("NOT_ENROLLED", assertThrows(RefusedException.class,
        () -> dayCare.recordAttendance(c.centreId(), C, LocalDate.of(2026, 3, 3))).code());
    dayCare.recordAttendance(c.centreId(), A, LocalDate.of(2026, 3, 3));
    assertThrows(ConflictException.class, () -> dayCare.recordAttendance(c.centreId(), A, LocalDate.of(2026, 3, 3)));
    assertEquals("CENTRE_FULL", assertThrows(RefusedException.class,
        () -> dayCare.recordAttendance(c.centreId(), B, LocalDate.of(2026, 3, 3))).code());
    assertThrows(ConflictException.class, () -> dayCare.enrol(c.centreId(), A, LocalDate.of(2026, 4, 1)));
  }
}
