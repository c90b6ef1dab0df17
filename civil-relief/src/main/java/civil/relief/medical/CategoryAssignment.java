package civil.relief.medical;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.period.DateRange;

/**
 * A resident's aid category for a range of dates (救助对象身份认定期), {@code to} inclusive or
 * open. {@code NONE} is not registered: it is what a resident has on a day no range covers.
 */
public record CategoryAssignment(AidCategory category, DateRange range) {
  public CategoryAssignment {
    requireNonNull(category, "category");
    requireNonNull(range, "range");
    if (category == AidCategory.NONE) {
      throw new InvalidInputException("UNKNOWN_VALUE", "category",
          "NONE is not registered; a resident without a category in force is settled as NONE");
    }
  }
}
