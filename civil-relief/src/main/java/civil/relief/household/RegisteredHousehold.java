package civil.relief.household;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.relief.subsistence.SubsistenceDecision;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household on the bureau's relief register: its id, the subdistrict (街道, 9 digits) and
 * optionally the community (社区, 12 digits, within the subdistrict) it lives in, its
 * circumstances, the date it was registered and its latest subsistence assessment.
 */
@Value.Immutable
public abstract class RegisteredHousehold {
  public abstract String householdId();

  public abstract AreaCode subdistrict();

  public abstract Optional<AreaCode> community();

  public abstract Household household();

  public abstract LocalDate registeredOn();

  /** The assessment with the latest date; on a tie, the one stored last. */
  public abstract Optional<SubsistenceDecision> latestAssessment();

  public static RegisteredHousehold of(String householdId, AreaCode subdistrict, Optional<AreaCode> community,
      Household household, LocalDate registeredOn) {
    return ImmutableRegisteredHousehold.builder().householdId(householdId).subdistrict(subdistrict)
        .community(community).household(household).registeredOn(registeredOn).build();
  }

  /** This household with new circumstances; its latest assessment stays until it is assessed again. */
  public RegisteredHousehold withHousehold(Household circumstances) {
    return ImmutableRegisteredHousehold.builder().from(this).household(circumstances).build();
  }

  /** This household with {@code decision} stored, which becomes the latest unless an older date. */
  public RegisteredHousehold withAssessment(SubsistenceDecision decision) {
    if (latestAssessment().isPresent() && latestAssessment().get().assessedOn().isAfter(decision.assessedOn())) {
      return this;
    }
    return ImmutableRegisteredHousehold.builder().from(this).latestAssessment(decision).build();
  }

  /** Whether the latest stored assessment found the household eligible for the subsistence allowance. */
  public boolean isSubsistenceEligible() {
    return latestAssessment().map(SubsistenceDecision::eligible).orElse(false);
  }

  @Value.Check
  void check() {
    if (subdistrict().level() != AreaCode.Level.SUBDISTRICT) {
      throw new InvalidInputException("INVALID_AREA", "subdistrict", "must be a 9-digit subdistrict code, was " + subdistrict());
    }
    if (community().isPresent()
        && (community().get().level() != AreaCode.Level.COMMUNITY || !community().get().isWithin(subdistrict()))) {
      throw new InvalidInputException("INVALID_AREA", "community",
          "must be a 12-digit community code within subdistrict " + subdistrict());
    }
  }
}
