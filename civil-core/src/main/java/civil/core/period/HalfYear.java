package civil.core.period;

import civil.core.error.InvalidInputException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year (半年度), the period of the bureau's work summary: {@code 2026-H1} is 1 January to
 * 30 June 2026, {@code 2026-H2} 1 July to 31 December.
 */
public final class HalfYear implements Comparable<HalfYear>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("(\\d{4})-H([12])");

  private final int year;
  private final int half;

  private HalfYear(int year, int half) {
    this.year = year;
    this.half = half;
  }

  /** The {@code half} (1 or 2) of {@code year}. */
  public static HalfYear of(int year, int half) {
    if (half != 1 && half != 2) {
      throw new InvalidInputException("INVALID_HALF_YEAR", "half", "is 1 or 2, was " + half);
    }
    if (year < 1 || year > 9999) {
      throw new InvalidInputException("INVALID_HALF_YEAR", "year", "is 1 to 9999, was " + year);
    }
    return new HalfYear(year, half);
  }

  /** Reads {@code 2026-H1} or {@code 2026-H2}, as {@link #toString()} writes. */
  public static HalfYear parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      throw new InvalidInputException(
          "INVALID_HALF_YEAR", "", "a half year is written like 2026-H1 or 2026-H2, was '" + text + "'");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The half year a date falls in. */
  public static HalfYear containing(LocalDate date) {
    return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
  }

  public int year() {
    return year;
  }

  /** 1 for January to June, 2 for July to December. */
  public int half() {
    return half;
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  public LocalDate lastDay() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** The six months, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(6);
    YearMonth first = YearMonth.from(firstDay());
    for (int i = 0; i < 6; i++) {
      months.add(first.plusMonths(i));
    }
    return List.copyOf(months);
  }

  /** The same period as an inclusive date range. */
  public DateRange toDateRange() {
    return DateRange.of(firstDay(), lastDay());
  }

  @Override
  public int compareTo(HalfYear other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HalfYear h && h.year == year && h.half == half;
  }

  @Override
  public int hashCode() {
    return year * 2 + half;
  }

  @Override
  public String toString() {
    return year + "-H" + half;
  }
}
