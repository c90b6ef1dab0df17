package civil.relief.supplies;

import civil.core.error.InvalidInputException;
import civil.core.money.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An exact, non-negative quantity of a supply item with at most three decimals (kilograms to the
 * gram), held as a whole number of thousandths. At most {@link #MAX} (one thousand million units).
 */
public final class Quantity implements Comparable<Quantity>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,10}(\\.\\d{1,3})?");
  /** The largest quantity, 1,000,000,000 units. */
  public static final Quantity MAX = new Quantity(1_000_000_000_000L);
  private static final Quantity ZERO = new Quantity(0);

  private final long thousandths;

  private Quantity(long thousandths) {
    this.thousandths = thousandths;
  }

  /** {@code thousandths / 1000} units: {@code ofThousandths(500)} is 0.5 kg. */
  public static Quantity ofThousandths(long thousandths) {
    if (thousandths < 0 || thousandths > MAX.thousandths) {
      throw new InvalidInputException("INVALID_QUANTITY", "quantity",
          "is 0 to 1,000,000,000 with at most three decimals, was " + BigDecimal.valueOf(thousandths, 3).toPlainString());
    }
    return new Quantity(thousandths);
  }

  public static Quantity ofUnits(long units) {
    return ofThousandths(Math.multiplyExact(units, 1000L));
  }

  public static Quantity zero() {
    return ZERO;
  }

  /** Reads {@code "12"}, {@code "0.5"}, {@code "1234.567"}, as {@link #toString()} writes. */
  public static Quantity parse(String text) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new InvalidInputException("INVALID_QUANTITY", "quantity",
          "a quantity has digits and at most three decimals, was '" + text + "'");
    }
    return ofThousandths(new BigDecimal(text).movePointRight(3).longValueExact());
  }

  /** The same quantity from an exact decimal (such as a JSON number). */
  public static Quantity of(BigDecimal value) {
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 3) {
      throw new InvalidInputException("INVALID_QUANTITY", "quantity",
          "is 0 or more with at most three decimals, was " + value.toPlainString());
    }
    try {
      return ofThousandths(value.movePointRight(3).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException("INVALID_QUANTITY", "quantity", "is at most 1,000,000,000");
    }
  }

  public long thousandths() {
    return thousandths;
  }

  public BigDecimal toBigDecimal() {
    return decimal(thousandths);
  }

  /**
   * {@code thousandths / 1000} as a plain decimal, written as {@link #toBigDecimal()} writes a
   * quantity: for a total of many quantities, which may pass {@link #MAX}.
   */
  public static BigDecimal decimal(long thousandths) {
    return Decimals.plain(BigDecimal.valueOf(thousandths, 3));
  }

  /** Whether {@code this + other} is a quantity, at most {@link #MAX}. */
  public boolean canAdd(Quantity other) {
    return other.thousandths <= MAX.thousandths - thousandths;
  }

  /** {@code this + other}; an {@code INVALID_QUANTITY} past {@link #MAX} (see {@link #canAdd}). */
  public Quantity plus(Quantity other) {
    return ofThousandths(Math.addExact(thousandths, other.thousandths));
  }

  /** {@code this − other}, which must not be negative. */
  public Quantity minus(Quantity other) {
    if (other.thousandths > thousandths) {
      throw new ArithmeticException(this + " − " + other + " is negative");
    }
    return new Quantity(thousandths - other.thousandths);
  }

  public Quantity min(Quantity other) {
    return thousandths <= other.thousandths ? this : other;
  }

  public boolean isZero() {
    return thousandths == 0;
  }

  public boolean isLessThan(Quantity other) {
    return thousandths < other.thousandths;
  }

  public boolean isGreaterThan(Quantity other) {
    return thousandths > other.thousandths;
  }

  @Override
  public int compareTo(Quantity other) {
    return Long.compare(thousandths, other.thousandths);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quantity q && q.thousandths == thousandths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(thousandths);
  }

  /** The decimal with the places it needs: {@code "12"}, {@code "0.5"}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
