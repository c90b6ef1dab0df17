package civil.relief.charity;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A donation campaign (募捐活动), such as the May 爱心一日捐, with the days it accepts donations. */
@Value.Immutable
public abstract class Campaign {
  public abstract String campaignId();

  public abstract String name();

  public abstract LocalDate startsOn();

  public abstract Optional<LocalDate> endsOn();

  public static Campaign of(String campaignId, String name, LocalDate startsOn, Optional<LocalDate> endsOn) {
    return ImmutableCampaign.builder().campaignId(campaignId).name(name).startsOn(startsOn).endsOn(endsOn).build();
  }

  public boolean accepts(LocalDate date) {
    return !date.isBefore(startsOn()) && endsOn().map(e -> !date.isAfter(e)).orElse(true);
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().length() > 200) {
      throw new InvalidInputException("INVALID_CAMPAIGN", "name", "is 1 to 200 characters");
    }
    if (endsOn().isPresent() && endsOn().get().isBefore(startsOn())) {
      throw new InvalidInputException("DATE_RANGE", "endsOn", "must not be before startsOn");
    }
  }
}
