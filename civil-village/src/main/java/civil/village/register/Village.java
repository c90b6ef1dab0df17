package civil.village.register;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;

/** A village (or community) committee (村/居民委员会): its 12-digit code, whose first 9 digits are its subdistrict, and its name. */
public record Village(AreaCode code, String name) {
  public Village {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    if (code.level() != AreaCode.Level.COMMUNITY) {
      throw new InvalidInputException("INVALID_AREA", "villageCode", "a village code has 12 digits");
    }
    if (name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("INVALID_VILLAGE", "name", "is 1 to 200 characters");
    }
  }

  /** The subdistrict (乡镇/街道) the village belongs to. */
  public AreaCode subdistrict() {
    return AreaCode.parse(code.value().substring(0, 9));
  }
}
