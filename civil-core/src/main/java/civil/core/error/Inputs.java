package civil.core.error;

import java.util.function.Supplier;

/**
 * Checks on raw input fields that raise {@link InvalidInputException} naming the field. Used
 * where a value enters the library from outside (a request, a file); inside, the types already
 * hold their invariants.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * The largest single amount any input may name, in fen: ¥100,000,000. Bounding every amount at
   * the edge keeps every running total the library keeps far from {@code long} overflow, so that
   * nothing a caller can send makes a later computation fail.
   */
  public static final long MAX_AMOUNT_FEN = 10_000_000_000L;

  /** {@code value} when it is zero or more; otherwise an {@code NEGATIVE_AMOUNT} error on {@code field}. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException("NEGATIVE_AMOUNT", field, "must not be negative, was " + value);
    }
    return value;
  }

  /** Runs {@code parse}; an {@link InvalidInputException} it raises is re-rooted under {@code field}. */
  public static <T> T parse(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      throw e.under(field);
    }
  }
}
