package civil.eldercare.nursinghome;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A nursing home (养老院/敬老院): its name, subdistrict, total beds (床位) and the day it opened. A
 * home counts in a period's homes and beds, and in its bed-months, only from the day it opened.
 */
@Value.Immutable
public abstract class NursingHome {
  public abstract String homeId();

  public abstract String name();

  public abstract AreaCode subdistrict();

  public abstract int totalBeds();

  /** The day the home opened (开业日期). */
  public abstract LocalDate openedOn();

  public static NursingHome of(String homeId, String name, AreaCode subdistrict, int totalBeds, LocalDate openedOn) {
    return ImmutableNursingHome.builder().homeId(homeId).name(name).subdistrict(subdistrict).totalBeds(totalBeds)
        .openedOn(openedOn).build();
  }

  /** Whether the home had opened by the end of {@code date}. */
  public boolean isOpenOn(LocalDate date) {
    return !openedOn().isAfter(date);
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name().isBlank() || name().length() > 200) {
      problems.add(new FieldProblem("name", "is 1 to 200 characters"));
    }
    if (subdistrict().level() != AreaCode.Level.SUBDISTRICT) {
      problems.add(new FieldProblem("subdistrict", "must be a 9-digit subdistrict code"));
    }
    if (totalBeds() < 1 || totalBeds() > 100_000) {
      problems.add(new FieldProblem("totalBeds", "is 1 to 100,000, was " + totalBeds()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_HOME", problems);
    }
  }
}
