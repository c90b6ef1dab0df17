package civil.relief.medical;

import static java.util.Objects.requireNonNull;

import civil.core.identity.ResidentId;
import java.time.LocalDate;

/**
 * The register of medical-aid categories (救助对象身份登记): who is in which category, from when
 * to when. The settlement desk asks it for a patient's category on the settlement day.
 */
public final class AidCategoryRegister {
  private final AidCategoryStore store;

  public AidCategoryRegister(AidCategoryStore store) {
    this.store = requireNonNull(store);
  }

  /**
   * Registers a range and returns all the resident's ranges.
   *
   * @throws civil.core.error.ConflictException if it overlaps a stored range with another start
   */
  public ResidentAidCategories register(ResidentId residentId, CategoryAssignment assignment) {
    return store.update(residentId, current -> current.register(assignment));
  }

  public ResidentAidCategories of(ResidentId residentId) {
    return store.get(residentId);
  }

  /** The resident's category on {@code date}: {@code NONE} when none is registered for it. */
  public AidCategory categoryOn(ResidentId residentId, LocalDate date) {
    return store.get(residentId).categoryOn(date);
  }
}
