package civil.eldercare.daycare;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A day-care centre (日间照料中心): its subdistrict, capacity (places a day), the day it opened and
 * the days of the week it is open (Monday to Friday unless said otherwise).
 */
@Value.Immutable
public abstract class DayCareCentre {
  public abstract String centreId();

  public abstract String name();

  public abstract AreaCode subdistrict();

  public abstract int capacity();

  public abstract LocalDate openedOn();

  public abstract Set<DayOfWeek> openDays();

  public static DayCareCentre of(String centreId, String name, AreaCode subdistrict, int capacity, LocalDate openedOn,
      Set<DayOfWeek> openDays) {
    return ImmutableDayCareCentre.builder().centreId(centreId).name(name).subdistrict(subdistrict).capacity(capacity)
        .openedOn(openedOn).openDays(openDays).build();
  }

  /** Monday to Friday. */
  public static Set<DayOfWeek> weekdays() {
    return Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
  }

  public boolean isOpenOn(LocalDate date) {
    return !date.isBefore(openedOn()) && openDays().contains(date.getDayOfWeek());
  }

  /** The days it is open from {@code from} to {@code to}, inclusive. */
  public long openDaysBetween(LocalDate from, LocalDate to) {
    long n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isOpenOn(d)) {
        n++;
      }
    }
    return n;
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name().isBlank() || name().length() > 200) {
      problems.add(new FieldProblem("name", "is 1 to 200 characters"));
    }
    if (subdistrict().level() != AreaCode.Level.SUBDISTRICT) {
      problems.add(new FieldProblem("subdistrict", "must be a 9-digit subdistrict code"));
    }
    if (capacity() < 1 || capacity() > 10_000) {
      problems.add(new FieldProblem("capacity", "is 1 to 10,000, was " + capacity()));
    }
    if (openDays().isEmpty()) {
      problems.add(new FieldProblem("openDays", "a centre is open at least one day a week"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_CENTRE", problems);
    }
  }
}
