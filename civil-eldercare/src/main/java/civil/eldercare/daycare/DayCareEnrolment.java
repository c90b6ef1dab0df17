package civil.eldercare.daycare;

import civil.core.identity.ResidentId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An elder's enrolment at a centre, from a date, until a date or open. */
@Value.Immutable
public abstract class DayCareEnrolment {
  public abstract String enrolmentId();

  public abstract String centreId();

  public abstract ResidentId residentId();

  public abstract LocalDate enrolledOn();

  public abstract Optional<LocalDate> leftOn();

  public static DayCareEnrolment of(String enrolmentId, String centreId, ResidentId residentId, LocalDate from) {
    return ImmutableDayCareEnrolment.builder().enrolmentId(enrolmentId).centreId(centreId).residentId(residentId)
        .enrolledOn(from).build();
  }

  public boolean isActiveOn(LocalDate date) {
    return !enrolledOn().isAfter(date) && leftOn().map(u -> !u.isBefore(date)).orElse(true);
  }
}
