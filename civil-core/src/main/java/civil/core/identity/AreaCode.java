package civil.core.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * An administrative area code: a district (区/县, 6 digits, GB/T 2260, e.g. 解放区
 * {@code 410802}), a subdistrict or township (街道/乡镇, 9 digits) or a community or village
 * (社区/村, 12 digits). A longer code lies within the shorter code it starts with.
 */
public final class AreaCode implements Comparable<AreaCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String KIND = "AREA_CODE";

  /** The level of an area, by the length of its code. */
  public enum Level {
    DISTRICT(6),
    SUBDISTRICT(9),
    COMMUNITY(12);

    private final int digits;

    Level(int digits) {
      this.digits = digits;
    }

    public int digits() {
      return digits;
    }
  }

  private final String value;
  private final Level level;

  private AreaCode(String value, Level level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Reads a 6-, 9- or 12-digit code.
   *
   * @throws InvalidIdentifierException if it is not all digits or has another length
   */
  public static AreaCode parse(String text) {
    if (text == null) {
      throw new InvalidIdentifierException(KIND, InvalidIdentifierException.Failure.LENGTH, "an area code is required");
    }
    Level level = null;
    for (Level l : Level.values()) {
      if (l.digits == text.length()) {
        level = l;
      }
    }
    if (level == null) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.LENGTH,
          "an area code has 6 (district), 9 (subdistrict) or 12 (community) digits, this one has " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new InvalidIdentifierException(
            KIND, InvalidIdentifierException.Failure.CHARACTER, "character " + (i + 1) + " of an area code must be a digit");
      }
    }
    return new AreaCode(text, level);
  }

  /** Reads a code that must be of {@code level}. */
  public static AreaCode parse(String text, Level level) {
    AreaCode code = parse(text);
    if (code.level != level) {
      throw new InvalidIdentifierException(
          KIND, InvalidIdentifierException.Failure.AREA_CODE_LEVEL,
          "expected a " + level.name().toLowerCase(Locale.ROOT) + " code of " + level.digits + " digits, got "
              + code.level.name().toLowerCase(Locale.ROOT) + " code " + text);
    }
    return code;
  }

  public String value() {
    return value;
  }

  public Level level() {
    return level;
  }

  /** The area one level up; empty for a district. */
  public Optional<AreaCode> parent() {
    return switch (level) {
      case DISTRICT -> Optional.empty();
      case SUBDISTRICT -> Optional.of(new AreaCode(value.substring(0, 6), Level.DISTRICT));
      case COMMUNITY -> Optional.of(new AreaCode(value.substring(0, 9), Level.SUBDISTRICT));
    };
  }

  /** This code cut to {@code level}, which must be this level or above. */
  public AreaCode at(Level target) {
    if (target.digits > level.digits) {
      throw new IllegalArgumentException(this + " is a " + level + " code; it has no " + target);
    }
    return new AreaCode(value.substring(0, target.digits), target);
  }

  /** Whether this area is {@code other} or lies within it. */
  public boolean isWithin(AreaCode other) {
    return value.startsWith(other.value);
  }

  @Override
  public int compareTo(AreaCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AreaCode a && a.value.equals(value);
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
