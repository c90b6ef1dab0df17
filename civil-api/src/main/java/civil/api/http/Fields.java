package civil.api.http;

import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.HalfYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reading identifiers and amounts from request fields, every failure naming the field. */
public final class Fields {
  private Fields() {}

  public static ResidentId residentId(String field, String raw) {
    return Inputs.parse(field, () -> ResidentId.parse(raw));
  }

  public static AreaCode area(String field, String raw, AreaCode.Level level) {
    return Inputs.parse(field, () -> AreaCode.parse(raw, level));
  }

  public static CreditCode creditCode(String field, String raw) {
    return Inputs.parse(field, () -> CreditCode.parse(raw));
  }

  public static HalfYear halfYear(String field, String raw) {
    return Inputs.parse(field, () -> HalfYear.parse(raw));
  }

  /**
   * An instant written as an ISO date-time with its offset ({@code 2026-07-05T09:30:00+08:00} or
   * {@code …Z}), not later than {@code clock}'s now and not before 1900 (earlier than any record,
   * and far enough back to overflow a count of milliseconds). A {@code +} left unescaped in a
   * query string arrives as a space and is read as the {@code +} it was.
   */
  public static Instant pastInstant(String field, String raw, Clock clock) {
    Instant instant;
    try {
      instant = OffsetDateTime.parse(raw.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("INVALID_INSTANT", field,
          "an instant is written like 2026-07-05T09:30:00+08:00, was '" + raw + "'");
    }
    if (instant.isAfter(clock.instant())) {
      throw new InvalidInputException("INSTANT_IN_FUTURE", field,
          "is later than now: what will be recorded until then is not known yet");
    }
    if (instant.isBefore(EARLIEST_INSTANT)) {
      throw new InvalidInputException("INVALID_INSTANT", field, "is before 1900, earlier than any record");
    }
    return instant;
  }

  private static final Instant EARLIEST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

  /** A month written {@code yyyy-MM}. */
  public static YearMonth month(String field, String raw) {
    try {
      if (raw == null || raw.length() != 7) {
        throw new DateTimeParseException("not yyyy-MM", String.valueOf(raw), 0);
      }
      return YearMonth.parse(raw);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("INVALID_MONTH", field, "a month is written yyyy-MM, was '" + raw + "'");
    }
  }

  /** Refuses a resident ID (as {@link #residentId} reads it) whose birth date is after {@code today}. */
  static void bornBy(String field, String raw, LocalDate today) {
    ResidentId id = residentId(field, raw);
    if (id.birthDate().isAfter(today)) {
      throw new InvalidInputException("RESIDENT_ID_BIRTH_DATE", field,
          "the birth date in the ID (" + id.birthDate() + ") is after today");
    }
  }

  /** A count (of years, say) from 0 to 200. */
  static int count(String field, int value) {
    if (value < 0 || value > 200) {
      throw new InvalidInputException("INVALID_VALUE", field, "is 0 to 200, was " + value);
    }
    return value;
  }

  /** A non-negative amount of fen. */
  public static Money fen(String field, long fen) {
    return Money.ofFen(Inputs.nonNegative(field, fen));
  }
}
