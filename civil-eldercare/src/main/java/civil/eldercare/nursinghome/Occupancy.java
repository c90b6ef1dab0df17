package civil.eldercare.nursinghome;

import civil.core.error.InvalidInputException;
import java.time.YearMonth;

/** A home's occupied beds in a month (月度入住床位). */
public record Occupancy(String homeId, YearMonth month, int occupiedBeds) {
  public Occupancy {
    if (occupiedBeds < 0) {
      throw new InvalidInputException("INVALID_OCCUPANCY", "occupiedBeds", "must not be negative, was " + occupiedBeds);
    }
  }
}
