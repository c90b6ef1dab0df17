package civil.village.openness;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A publication on a village's public board: of a period of a periodic item, or of a recorded
 * event. A second publication of the same period or event is kept; only the earliest counts.
 */
public record Publication(String villageCode, String itemCode, Optional<String> period, Optional<String> eventId,
    LocalDate publishedOn) {
  public Publication {
    requireNonNull(villageCode, "villageCode");
    requireNonNull(itemCode, "itemCode");
    requireNonNull(publishedOn, "publishedOn");
    if (period.isPresent() == eventId.isPresent()) {
      throw new IllegalArgumentException("a publication names a period or an event");
    }
  }

  /** What it publishes: the period, or the event id. */
  public String subject() {
    return period.orElseGet(eventId::orElseThrow);
  }
}
