package civil.eldercare.homecare;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An elder enrolled in home care (居家养老服务对象), with the care worker assigned, if any. */
@Value.Immutable
public abstract class HomeCareClient {
  public abstract String clientId();

  public abstract ResidentId residentId();

  public abstract AreaCode subdistrict();

  public abstract boolean threeNos();

  public abstract LocalDate enrolledOn();

  public abstract Optional<LocalDate> endedOn();

  public abstract Optional<String> workerId();

  public static HomeCareClient of(String clientId, ResidentId residentId, AreaCode subdistrict, boolean threeNos,
      LocalDate enrolledOn) {
    return ImmutableHomeCareClient.builder().clientId(clientId).residentId(residentId).subdistrict(subdistrict)
        .threeNos(threeNos).enrolledOn(enrolledOn).build();
  }

  /** Enrolled at the end of {@code date}. */
  public boolean isEnrolledOn(LocalDate date) {
    return !enrolledOn().isAfter(date) && endedOn().map(e -> !e.isBefore(date)).orElse(true);
  }

  public HomeCareClient assignedTo(String workerId) {
    return ImmutableHomeCareClient.builder().from(this).workerId(workerId).build();
  }

  public HomeCareClient endedOn(LocalDate date) {
    if (date.isBefore(enrolledOn())) {
      throw new InvalidInputException("DATE_RANGE", "endedOn", "must not be before the enrolment on " + enrolledOn());
    }
    return ImmutableHomeCareClient.builder().from(this).endedOn(date).build();
  }

  @Value.Check
  void check() {
    if (subdistrict().level() != AreaCode.Level.SUBDISTRICT) {
      throw new InvalidInputException("INVALID_AREA", "subdistrict", "must be a 9-digit subdistrict code");
    }
  }
}
