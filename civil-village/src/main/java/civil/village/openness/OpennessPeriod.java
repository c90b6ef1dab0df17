package civil.village.openness;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a periodic item: a month ({@code 2026-03}) or a quarter ({@code 2026-Q1}),
 * from its first month to its last day.
 */
public record OpennessPeriod(Frequency frequency, YearMonth firstMonth) {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  public OpennessPeriod {
    if (frequency == Frequency.ON_EVENT) {
      throw new IllegalArgumentException("an event item has no period");
    }
    if (frequency == Frequency.QUARTERLY && (firstMonth.getMonthValue() - 1) % 3 != 0) {
      throw new IllegalArgumentException("a quarter starts in January, April, July or October");
    }
  }

  /**
   * Reads a period in the form its frequency uses.
   *
   * @throws InvalidInputException {@code INVALID_PERIOD} naming {@code field} otherwise
   */
  public static OpennessPeriod parse(Frequency frequency, String text, String field) {
    if (text != null && frequency == Frequency.MONTHLY && text.matches("\\d{4}-\\d{2}")) {
      try {
        return new OpennessPeriod(frequency, YearMonth.parse(text));
      } catch (DateTimeParseException e) {
        // a month that does not exist: refused below
      }
    }
    if (text != null && frequency == Frequency.QUARTERLY) {
      Matcher m = QUARTER.matcher(text);
      if (m.matches()) {
        return new OpennessPeriod(frequency, YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2));
      }
    }
    throw new InvalidInputException("INVALID_PERIOD", field, "a " + frequency + " item's period is written "
        + (frequency == Frequency.MONTHLY ? "yyyy-MM (2026-03)" : "yyyy-Qn (2026-Q1)") + ", was '" + text + "'");
  }

  /** The periods of {@code frequency} whose last day falls from {@code from} to {@code to}. */
  public static List<OpennessPeriod> endingBetween(Frequency frequency, LocalDate from, LocalDate to) {
    List<OpennessPeriod> out = new ArrayList<>();
    int step = frequency == Frequency.MONTHLY ? 1 : 3;
    YearMonth m = YearMonth.from(from).minusMonths(3);
    if (frequency == Frequency.QUARTERLY) {
      m = m.minusMonths((m.getMonthValue() - 1) % 3);
    }
    for (; !m.atDay(1).isAfter(to); m = m.plusMonths(step)) {
      OpennessPeriod p = new OpennessPeriod(frequency, m);
      if (!p.lastDay().isBefore(from) && !p.lastDay().isAfter(to)) {
        out.add(p);
      }
    }
    return out;
  }

  public LocalDate lastDay() {
    return (frequency == Frequency.MONTHLY ? firstMonth : firstMonth.plusMonths(2)).atEndOfMonth();
  }

  /** The day of the month after the period on which it is due. */
  public LocalDate dueOn(int dayOfNextMonth) {
    return YearMonth.from(lastDay()).plusMonths(1).atDay(dayOfNextMonth);
  }

  @Override
  public String toString() {
    return frequency == Frequency.MONTHLY ? firstMonth.toString()
        : firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
  }
}
