package civil.eldercare.homecare;

import civil.core.error.InvalidInputException;
import civil.core.money.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A care worker's visit to a client: the date, the service and the hours, in half-hour steps. */
@Value.Immutable
public abstract class Visit {
  public abstract String visitId();

  public abstract String workerId();

  public abstract String clientId();

  public abstract LocalDate date();

  public abstract CareService service();

  /** The length in half hours (3 is 1.5 hours). */
  public abstract int halfHours();

  public static Visit of(String visitId, String workerId, String clientId, LocalDate date, CareService service,
      int halfHours) {
    return ImmutableVisit.builder().visitId(visitId).workerId(workerId).clientId(clientId).date(date).service(service)
        .halfHours(halfHours).build();
  }

  /**
   * Half hours from a length in hours, which must be a positive multiple of 0.5 up to 24.
   *
   * @throws InvalidInputException otherwise
   */
  public static int halfHoursOf(BigDecimal hours) {
    BigDecimal halves = hours.multiply(BigDecimal.valueOf(2));
    if (hours.signum() <= 0 || halves.stripTrailingZeros().scale() > 0 || halves.compareTo(BigDecimal.valueOf(48)) > 0) {
      throw new InvalidInputException("INVALID_HOURS", "hours",
          "a visit lasts 0.5 to 24 hours in half-hour steps, was " + hours.toPlainString());
    }
    return halves.intValueExact();
  }

  public BigDecimal hours() {
    return Decimals.halves(halfHours());
  }

  @Value.Check
  void check() {
    if (halfHours() < 1 || halfHours() > 48) {
      throw new InvalidInputException("INVALID_HOURS", "hours", "a visit lasts 0.5 to 24 hours in half-hour steps");
    }
  }
}
