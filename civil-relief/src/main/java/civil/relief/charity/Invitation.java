package civil.relief.charity;

import civil.core.error.ConflictException;
import civil.core.identity.CreditCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An invitation letter (入会邀请函) to a unit to join at a tier: sent, then accepted or declined. */
@Value.Immutable
public abstract class Invitation {
  /** Where an invitation stands. */
  public enum Status {
    SENT,
    ACCEPTED,
    DECLINED
  }

  public abstract String invitationId();

  public abstract CreditCode creditCode();

  public abstract String unitName();

  public abstract MembershipTier tier();

  public abstract LocalDate sentOn();

  public abstract Status status();

  public abstract Optional<LocalDate> respondedOn();

  static Invitation sent(String id, CreditCode creditCode, String unitName, MembershipTier tier, LocalDate sentOn) {
    return of(id, creditCode, unitName, tier, sentOn, Status.SENT, Optional.empty());
  }

  /** An invitation as stored. */
  public static Invitation of(String id, CreditCode creditCode, String unitName, MembershipTier tier, LocalDate sentOn,
      Status status, Optional<LocalDate> respondedOn) {
    return ImmutableInvitation.builder().invitationId(id).creditCode(creditCode).unitName(unitName).tier(tier)
        .sentOn(sentOn).status(status).respondedOn(respondedOn).build();
  }

  /**
   * This invitation answered.
   *
   * @throws ConflictException {@code INVITATION_ANSWERED} if it was answered before
   */
  Invitation answered(boolean accepted, LocalDate on) {
    if (status() != Status.SENT) {
      throw new ConflictException("INVITATION_ANSWERED", "invitation " + invitationId() + " was already " + status());
    }
    return ImmutableInvitation.builder().from(this).status(accepted ? Status.ACCEPTED : Status.DECLINED)
        .respondedOn(on).build();
  }
}
