package civil.eldercare.assessment;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;

/** A finding of an inspector against an item: a deduction (a positive multiple of 0.5) and a note. */
public record Finding(Points deduction, String note) {
  public Finding {
    requireNonNull(deduction, "deduction");
    requireNonNull(note, "note");
    if (deduction.isZero()) {
      throw new InvalidInputException("INVALID_FINDING", "deduction", "a finding deducts at least 0.5 points");
    }
    if (note.length() > 500) {
      throw new InvalidInputException("INVALID_FINDING", "note", "at most 500 characters");
    }
  }

  /** The sum of the deductions. */
  public static Points total(Iterable<Finding> findings) {
    Points sum = Points.zero();
    for (Finding f : findings) {
      sum = sum.plus(f.deduction());
    }
    return sum;
  }
}
