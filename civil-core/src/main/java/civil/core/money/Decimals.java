package civil.core.money;

import java.math.BigDecimal;

/** Decimal display shared by the exact types: no trailing zeros, and never an exponent. */
public final class Decimals {
  private Decimals() {}

  /** {@code 90.0 → 90}, {@code 1.50 → 1.5}, and never {@code 9E+1}. */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A count of halves as a decimal: {@code 3 → 1.5}, {@code 4 → 2}. */
  public static BigDecimal halves(long halves) {
    return plain(BigDecimal.valueOf(Math.multiplyExact(halves, 5L), 1));
  }
}
