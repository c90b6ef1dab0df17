package civil.village.openness;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;

/** Something that happened in a village and must be published (an {@code ON_EVENT} item): its id is the village's own. */
public record VillageEvent(String villageCode, String itemCode, String eventId, LocalDate eventOn, String title) {
  public VillageEvent {
    requireNonNull(villageCode, "villageCode");
    requireNonNull(itemCode, "itemCode");
    requireNonNull(eventOn, "eventOn");
    requireNonNull(title, "title");
    if (eventId == null || eventId.isBlank() || eventId.length() > 64) {
      throw new InvalidInputException("INVALID_EVENT", "eventId", "is 1 to 64 characters");
    }
  }
}
