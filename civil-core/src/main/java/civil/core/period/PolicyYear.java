package civil.core.period;

import civil.core.error.InvalidInputException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;

/**
 * A policy year (年度): the calendar year in which annual caps and year-to-date totals run,
 * 1 January to 31 December.
 */
public final class PolicyYear implements Comparable<PolicyYear>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int year;

  private PolicyYear(int year) {
    this.year = year;
  }

  public static PolicyYear of(int year) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new InvalidInputException("INVALID_YEAR", "year", "out of range: " + year);
    }
    return new PolicyYear(year);
  }

  /** The policy year a date falls in. */
  public static PolicyYear containing(LocalDate date) {
    return new PolicyYear(date.getYear());
  }

  public int year() {
    return year;
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(year, 12, 31);
  }

  public boolean contains(LocalDate date) {
    return date.getYear() == year;
  }

  public PolicyYear previous() {
    return of(year - 1);
  }

  @Override
  public int compareTo(PolicyYear other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyYear y && y.year == year;
  }

  @Override
  public int hashCode() {
    return year;
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
