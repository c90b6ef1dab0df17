package civil.relief.medical;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.identity.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The aid categories registered for one resident, as non-overlapping date ranges in order.
 * A new range that overlaps a stored one is a conflict; registering a range with the
 * {@code from} of a stored one replaces it, which is how a range is ended (same {@code from},
 * now with a {@code to}) or corrected.
 */
public final class ResidentAidCategories {
  private final ResidentId residentId;
  private final List<CategoryAssignment> assignments;

  private ResidentAidCategories(ResidentId residentId, List<CategoryAssignment> assignments) {
    this.residentId = residentId;
    this.assignments = List.copyOf(assignments);
  }

  /** A resident with nothing registered. */
  public static ResidentAidCategories none(ResidentId residentId) {
    return new ResidentAidCategories(requireNonNull(residentId), List.of());
  }

  /**
   * Stored ranges, as read back from storage.
   *
   * @throws ConflictException if two of them overlap
   */
  public static ResidentAidCategories of(ResidentId residentId, List<CategoryAssignment> assignments) {
    ResidentAidCategories r = none(residentId);
    for (CategoryAssignment a : assignments) {
      r = r.register(a);
    }
    return r;
  }

  /**
   * These ranges with {@code assignment} registered.
   *
   * @throws ConflictException ({@code AID_CATEGORY_OVERLAP}) if it overlaps a range with another
   *     {@code from}
   */
  public ResidentAidCategories register(CategoryAssignment assignment) {
    List<CategoryAssignment> next = new ArrayList<>();
    for (CategoryAssignment a : assignments) {
      if (a.range().from().equals(assignment.range().from())) {
        continue; // replaced
      }
      if (a.range().overlaps(assignment.range())) {
        throw new ConflictException("AID_CATEGORY_OVERLAP",
            "the range " + assignment.range() + " overlaps the stored " + a.category() + " range " + a.range()
                + "; end that range first (the same from, with a to)");
      }
      next.add(a);
    }
    next.add(assignment);
    next.sort(Comparator.comparing(a -> a.range().from()));
    return new ResidentAidCategories(residentId, next);
  }

  /** The category in force on {@code date}; {@code NONE} when no range covers it. */
  public AidCategory categoryOn(LocalDate date) {
    for (CategoryAssignment a : assignments) {
      if (a.range().contains(date)) {
        return a.category();
      }
    }
    return AidCategory.NONE;
  }

  public ResidentId residentId() {
    return residentId;
  }

  /** The ranges, by first day. */
  public List<CategoryAssignment> assignments() {
    return assignments;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentAidCategories r && r.residentId.equals(residentId)
        && r.assignments.equals(assignments);
  }

  @Override
  public int hashCode() {
    return residentId.hashCode() * 31 + assignments.hashCode();
  }

  @Override
  public String toString() {
    return residentId + " " + assignments;
  }
}
