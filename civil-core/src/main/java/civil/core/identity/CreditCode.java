package civil.core.identity;

import java.io.Serializable;

/**
 * A unit's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the
 * alphabet {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z): the registration authority,
 * the unit type, the six-digit area code, the nine-character organisation code and a check
 * character computed modulo 31 with weights {@code 3^i mod 31}.
 */
public final class CreditCode implements Comparable<CreditCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final String KIND = "CREDIT_CODE";

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /**
   * Reads a code, checking the length, the alphabet, the six-digit area code and the check
   * character.
   *
   * @throws InvalidIdentifierException naming what failed
   */
  public static CreditCode parse(String text) {
    if (text == null || text.length() != 18) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.LENGTH,
          "a unified social credit code has 18 characters, this one has " + (text == null ? 0 : text.length()));
    }
    for (int i = 0; i < 18; i++) {
      char c = text.charAt(i);
      boolean allowed = (i >= 2 && i < 8) ? (c >= '0' && c <= '9') : ALPHABET.indexOf(c) >= 0;
      if (!allowed) {
        throw new InvalidIdentifierException(
            KIND, InvalidIdentifierException.Failure.CHARACTER,
            "character " + (i + 1) + " of a unified social credit code is '" + c + "', which is not allowed there"
                + (i >= 2 && i < 8 ? " (characters 3-8 are the area code digits)" : ""));
      }
    }
    char expected = checkCharacterOf(text.substring(0, 17));
    if (text.charAt(17) != expected) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.CHECK_CHARACTER,
          "the check character (18th) does not match: expected '" + expected + "', was '" + text.charAt(17) + "'");
    }
    return new CreditCode(text);
  }

  /** The code whose first 17 characters are {@code first17}, with its check character appended. */
  public static CreditCode ofFirst17(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.LENGTH, "the body of a unified social credit code is 17 characters");
    }
    for (int i = 0; i < 17; i++) {
      if (ALPHABET.indexOf(first17.charAt(i)) < 0) {
        throw new InvalidIdentifierException(
            KIND, InvalidIdentifierException.Failure.CHARACTER,
            "character " + (i + 1) + " of a unified social credit code is not allowed");
      }
    }
    return parse(first17 + checkCharacterOf(first17));
  }

  /** The check character of 17 characters of the code's alphabet. */
  public static char checkCharacterOf(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** The characters allowed in a code, in the order of their values 0-30. */
  public static String alphabet() {
    return ALPHABET;
  }

  public String value() {
    return value;
  }

  @Override
  public int compareTo(CreditCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
