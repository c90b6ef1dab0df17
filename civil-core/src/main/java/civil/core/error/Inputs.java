package civil.core.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks on raw input fields that raise {@link InvalidInputException} naming the field. Used
 * where a value enters the library from outside (a request, a file); inside, the types already
 * hold their invariants.
 */
public final class Inputs {
  private Inputs() {}

  /** {@code value} when it is zero or more; otherwise an {@code NEGATIVE_AMOUNT} error on {@code field}. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException("NEGATIVE_AMOUNT", field, "must not be negative, was " + value);
    }
    return value;
  }

  /** {@code value} when it is non-null; otherwise a {@code MISSING_FIELD} error on {@code field}. */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException("MISSING_FIELD", field, "is required");
    }
    return value;
  }

  /**
   * The constant of {@code type} named {@code raw} (exactly, upper case); otherwise an
   * {@code UNKNOWN_VALUE} error on {@code field} listing the accepted names.
   */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw) {
    present(field, raw);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(raw)) {
        return constant;
      }
    }
    String accepted =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw new InvalidInputException(
        "UNKNOWN_VALUE",
        field,
        "unknown value '" + raw + "'; expected one of " + accepted.toUpperCase(Locale.ROOT));
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
