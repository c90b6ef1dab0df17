package civil.eldercare.volunteer;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An elder's need (助老需求): the elder's id, community, the domains needed, the preferred slots
 * and how many volunteers: 1 (一对一), 2 (二对一) or 3-5 (多对一).
 */
@Value.Immutable
public abstract class Need {
  public abstract String elderId();

  public abstract AreaCode community();

  public abstract Set<ServiceDomain> domains();

  public abstract Set<Slot> slots();

  public abstract int volunteersNeeded();

  public static Need of(String elderId, AreaCode community, Set<ServiceDomain> domains, Set<Slot> slots,
      int volunteersNeeded) {
    return ImmutableNeed.builder().elderId(elderId).community(community).domains(domains).slots(slots)
        .volunteersNeeded(volunteersNeeded).build();
  }

  /** The form of service the need asks for. */
  public ServiceForm form() {
    return ServiceForm.of(volunteersNeeded());
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (elderId().isBlank() || elderId().length() > 64) {
      problems.add(new FieldProblem("elderId", "is 1 to 64 characters"));
    }
    if (community().level() != AreaCode.Level.COMMUNITY) {
      problems.add(new FieldProblem("community", "must be a 12-digit community code"));
    }
    if (volunteersNeeded() < 1 || volunteersNeeded() > 5) {
      problems.add(new FieldProblem("volunteersNeeded", "is 1 to 5, was " + volunteersNeeded()));
    }
    if (domains().isEmpty()) {
      problems.add(new FieldProblem("domains", "at least one domain"));
    }
    if (slots().isEmpty()) {
      problems.add(new FieldProblem("slots", "at least one slot"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_NEED", problems);
    }
  }
}
