package civil.eldercare.daycare;

import civil.core.money.Fraction;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A centre's utilisation over a period: attendance-days ÷ (capacity × open days), exact; shown to
 * one decimal percent.
 */
public record Utilisation(String centreId, long attendanceDays, int capacity, long openDays) {
  /**
   * {@code centre}'s utilisation from {@code from} to {@code to}, both included: its attendances
   * dated in those days (others in {@code attendance} are ignored, whichever centre they belong
   * to) over its places on the days it was open.
   */
  public static Utilisation of(DayCareCentre centre, Collection<Attendance> attendance, LocalDate from, LocalDate to) {
    long days = attendance.stream().filter(a -> a.centreId().equals(centre.centreId()) && !a.date().isBefore(from)
        && !a.date().isAfter(to)).count();
    return new Utilisation(centre.centreId(), days, centre.capacity(), centre.openDaysBetween(from, to));
  }

  /**
   * Several centres' utilisation taken together: all their attendance-days over all their
   * place-days (a ratio of sums, not a mean of ratios).
   */
  public static Fraction overall(Collection<Utilisation> centres) {
    return Fraction.of(centres.stream().mapToLong(Utilisation::attendanceDays).sum(),
        centres.stream().mapToLong(Utilisation::placeDays).sum());
  }

  /** The ratio; zero when the centre had no place open in the period. */
  public Fraction ratio() {
    return Fraction.of(attendanceDays, placeDays());
  }

  public long placeDays() {
    return (long) capacity * openDays;
  }
}
