package civil.core.period;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An inclusive range of dates, {@code from} to {@code to}, where a missing {@code to} means
 * "until further notice" (open-ended).
 */
public final class DateRange implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate from;
  private final LocalDate to;

  private DateRange(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The days from {@code from} to {@code to}, both included.
   *
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidInputException("DATE_RANGE", "to", "must not be before from (" + from + "), was " + to);
    }
    return new DateRange(from, to);
  }

  /** The days from {@code from} on, without end. */
  public static DateRange startingOn(LocalDate from) {
    return new DateRange(requireNonNull(from, "from"), null);
  }

  /** {@link #of} when {@code to} is present, {@link #startingOn} otherwise. */
  public static DateRange of(LocalDate from, Optional<LocalDate> to) {
    return to.isPresent() ? of(from, to.get()) : startingOn(from);
  }

  public LocalDate from() {
    return from;
  }

  /** The last day included; empty for an open-ended range. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  public boolean isOpenEnded() {
    return to == null;
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    boolean thisEndsBefore = to != null && to.isBefore(other.from);
    boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange r && r.from.equals(from) && Objects.equals(r.to, to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /** {@code 2026-01-01..2026-12-31}, or {@code 2026-01-01..} when open-ended. */
  @Override
  public String toString() {
    return from + ".." + (to == null ? "" : to.toString());
  }
}
