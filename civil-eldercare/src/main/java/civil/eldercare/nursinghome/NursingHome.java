package civil.eldercare.nursinghome;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** A nursing home (养老院/敬老院): its name, subdistrict and total beds (床位). */
@Value.Immutable
public abstract class NursingHome {
  public abstract String homeId();

  public abstract String name();

  public abstract AreaCode subdistrict();

  public abstract int totalBeds();

  public static NursingHome of(String homeId, String name, AreaCode subdistrict, int totalBeds) {
    return ImmutableNursingHome.builder().homeId(homeId).name(name).subdistrict(subdistrict).totalBeds(totalBeds).build();
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
