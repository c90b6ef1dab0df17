package civil.eldercare.homecare;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A care worker (居家养老护理员) of a subdistrict. Workers are trained before they start: the date
 * their training was completed is the date they started, and they may serve from then on.
 */
@Value.Immutable
public abstract class CareWorker {
  public abstract String workerId();

  public abstract String name();

  public abstract AreaCode subdistrict();

  /** Training completed: the day the worker started. */
  public abstract LocalDate trainedOn();

  public abstract Optional<LocalDate> leftOn();

  public static CareWorker of(String workerId, String name, AreaCode subdistrict, LocalDate trainedOn) {
    return ImmutableCareWorker.builder().workerId(workerId).name(name).subdistrict(subdistrict).trainedOn(trainedOn)
        .build();
  }

  /** Serving at the end of {@code date}: trained by then and not yet left. */
  public boolean isServingOn(LocalDate date) {
    return !trainedOn().isAfter(date) && leftOn().map(l -> !l.isBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name().isBlank() || name().length() > 100) {
      problems.add(new FieldProblem("name", "is 1 to 100 characters"));
    }
    if (subdistrict().level() != AreaCode.Level.SUBDISTRICT) {
      problems.add(new FieldProblem("subdistrict", "must be a 9-digit subdistrict code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_WORKER", problems);
    }
  }
}
