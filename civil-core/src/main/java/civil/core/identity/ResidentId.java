package civil.core.identity;

import civil.core.error.InvalidInputException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A citizen's resident ID number (居民身份证号码, GB 11643-1999): 18 characters, 17 digits and a
 * check character ({@code 0}-{@code 9} or {@code X}) computed by ISO 7064 MOD 11-2. A lower-case
 * {@code x}, as many hospital and bank systems send it, is read as {@code X}.
 * Characters 1-6 are the area of first registration, 7-14 the birth date, 15-17 a sequence whose
 * last digit is odd for men.
 *
 * <p>{@link #toString()} is the <em>masked</em> form ({@code 410802********1234}) so that an ID
 * never reaches a log by accident; {@link #value()} is the full number.
 */
public final class ResidentId implements Comparable<ResidentId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final String KIND = "RESIDENT_ID";

  private final String value;
  private final LocalDate birthDate;

  private ResidentId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Reads an 18-character resident ID, checking, in this order, the length, the characters, the
   * check character and the birth date.
   *
   * @throws InvalidIdentifierException naming what failed
   */
  public static ResidentId parse(String text) {
    if (text == null || text.length() != 18) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.LENGTH,
          "a resident ID has 18 characters, this one has " + (text == null ? 0 : text.length()));
    }
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(
            KIND, InvalidIdentifierException.Failure.CHARACTER,
            "character " + (i + 1) + " of a resident ID must be a digit");
      }
    }
    char last = text.charAt(17);
    if (last == 'x') {
      last = 'X';
      text = text.substring(0, 17) + 'X';
    }
    if (!(last >= '0' && last <= '9') && last != 'X') {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.CHARACTER,
          "character 18 of a resident ID is a digit or X");
    }
    char expected = checkCharacterOf(text.substring(0, 17));
    if (expected != last) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.CHECK_CHARACTER,
          "the check character (18th) does not match the first 17 digits: expected '" + expected + "', was '" + last + "'");
    }
    LocalDate birth;
    try {
      // digits checked above; LocalDate.of refuses a day that does not exist
      birth = LocalDate.of(Integer.parseInt(text, 6, 10, 10), Integer.parseInt(text, 10, 12, 10),
          Integer.parseInt(text, 12, 14, 10));
    } catch (DateTimeException e) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.BIRTH_DATE,
          "characters 7-14 of a resident ID are a birth date yyyyMMdd; '" + text.substring(6, 14) + "' is not a date");
    }
    return new ResidentId(text, birth);
  }

  /** The ID whose first 17 digits are {@code first17}, with its check character appended. */
  public static ResidentId ofFirst17(String first17) {
    if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.LENGTH, "the body of a resident ID is 17 digits");
    }
    return parse(first17 + checkCharacterOf(first17));
  }

  /** The MOD 11-2 check character of 17 digits. */
  public static char checkCharacterOf(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The full 18 characters. Show {@link #masked()} to people and logs. */
  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** From the 17th digit: odd for male. */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The six-digit code of the area where the ID was first issued (not where the person lives). */
  public String areaOfIssue() {
    return value.substring(0, 6);
  }

  /**
   * Whole years completed on {@code date} ({@code ChronoUnit.YEARS.between(birthDate, date)}): a
   * person born 1946-03-01 is 79 on 2026-02-28 and 80 on 2026-03-01; one born on 29 February
   * completes a year in a common year on 1 March, as java.time counts.
   *
   * @throws InvalidInputException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    if (date.isBefore(birthDate)) {
      throw new InvalidInputException(
          "DATE_BEFORE_BIRTH", "", "the date " + date + " is before the birth date of " + masked());
    }
    return (int) ChronoUnit.YEARS.between(birthDate, date);
  }

  /** The first 6 and last 4 characters, the 8 between hidden: {@code 410802********1234}. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public int compareTo(ResidentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentId r && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form; see {@link #value()} for the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
