package civil.relief.hardship;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.period.DateRange;
import civil.relief.household.AreaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person on the roll of special hardship support (特困供养人员): where they live, the area type
 * of their standard, their self-care ability and the dates of their support ({@code until}
 * inclusive, open while it lasts).
 */
@Value.Immutable
public abstract class HardshipRecipient {
  public abstract ResidentId residentId();

  /** The subdistrict (9-digit code) that supports them. */
  public abstract AreaCode subdistrict();

  public abstract AreaType areaType();

  public abstract SelfCareAbility selfCareAbility();

  public abstract LocalDate supportedFrom();

  public abstract Optional<LocalDate> supportedUntil();

  public static HardshipRecipient of(ResidentId residentId, AreaCode subdistrict, AreaType areaType,
      SelfCareAbility ability, LocalDate from) {
    return ImmutableHardshipRecipient.builder().residentId(residentId).subdistrict(subdistrict).areaType(areaType)
        .selfCareAbility(ability).supportedFrom(from).build();
  }

  /** The same recipient with support ended on {@code lastDay}. */
  public HardshipRecipient endedOn(LocalDate lastDay) {
    return ImmutableHardshipRecipient.builder().from(this).supportedUntil(lastDay).build();
  }

  public DateRange period() {
    return DateRange.of(supportedFrom(), supportedUntil());
  }

  public boolean isSupportedOn(LocalDate date) {
    return period().contains(date);
  }

  /** Supported on at least one day of {@code month}. */
  public boolean isSupportedIn(YearMonth month) {
    return period().overlaps(DateRange.of(month.atDay(1), month.atEndOfMonth()));
  }

  @Value.Check
  void check() {
    if (subdistrict().level() != AreaCode.Level.SUBDISTRICT) {
      throw new InvalidInputException("INVALID_AREA", "subdistrict", "must be a 9-digit subdistrict code");
    }
    if (supportedUntil().isPresent() && supportedUntil().get().isBefore(supportedFrom())) {
      throw new InvalidInputException("DATE_RANGE", "supportedUntil", "must not be before supportedFrom");
    }
  }
}
