package civil.eldercare.volunteer;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A volunteer (志愿者): id, community (12-digit code), skills, weekly availability and capacity
 * (how many elders, 1 to 3).
 */
@Value.Immutable
public abstract class Volunteer {
  public abstract String id();

  public abstract AreaCode community();

  public abstract Set<ServiceDomain> skills();

  public abstract Set<Slot> slots();

  public abstract int capacity();

  public static Volunteer of(String id, AreaCode community, Set<ServiceDomain> skills, Set<Slot> slots, int capacity) {
    return ImmutableVolunteer.builder().id(id).community(community).skills(skills).slots(slots).capacity(capacity).build();
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (id().isBlank() || id().length() > 64) {
      problems.add(new FieldProblem("id", "is 1 to 64 characters"));
    }
    if (community().level() != AreaCode.Level.COMMUNITY) {
      problems.add(new FieldProblem("community", "must be a 12-digit community code"));
    }
    if (capacity() < 1 || capacity() > 3) {
      problems.add(new FieldProblem("capacity", "is 1 to 3, was " + capacity()));
    }
    if (skills().isEmpty()) {
      problems.add(new FieldProblem("skills", "at least one skill"));
    }
    if (slots().isEmpty()) {
      problems.add(new FieldProblem("slots", "at least one slot"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_VOLUNTEER", problems);
    }
  }
}
