package civil.core.identity;

import java.io.Serializable;

/**
 * The code of a designated hospital (定点医疗机构编码) in the district's registry: {@code H}
 * followed by 11 digits, the first six of which are the administrative area code of the
 * hospital's district ({@code H41080200001}).
 */
public final class HospitalCode implements Comparable<HospitalCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String KIND = "HOSPITAL_CODE";

  private final String value;

  private HospitalCode(String value) {
    this.value = value;
  }

  /**
   * Reads a hospital code, checking its length and its characters.
   *
   * @throws InvalidIdentifierException naming what failed
   */
  public static HospitalCode parse(String text) {
    if (text == null || text.length() != 12) {
      throw new InvalidIdentifierException(KIND, InvalidIdentifierException.Failure.LENGTH,
          "a hospital code is H and 11 digits (12 characters), this one has " + (text == null ? 0 : text.length()));
    }
    if (text.charAt(0) != 'H') {
      throw new InvalidIdentifierException(KIND, InvalidIdentifierException.Failure.CHARACTER,
          "a hospital code starts with H");
    }
    for (int i = 1; i < 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(KIND, InvalidIdentifierException.Failure.CHARACTER,
            "character " + (i + 1) + " of a hospital code must be a digit");
      }
    }
    return new HospitalCode(text);
  }

  public String value() {
    return value;
  }

  /** The six-digit area code of the hospital's district. */
  public String areaCode() {
    return value.substring(1, 7);
  }

  @Override
  public int compareTo(HospitalCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HospitalCode h && h.value.equals(value);
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
