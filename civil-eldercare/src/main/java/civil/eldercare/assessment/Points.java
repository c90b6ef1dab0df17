package civil.eldercare.assessment;

import civil.core.error.InvalidInputException;
import civil.core.money.Decimals;
import civil.core.money.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Assessment points, exact to the half point (the norm deducts in steps of 0.5), never negative.
 * Written as a plain decimal: {@code 4}, {@code 1.5}, {@code 89.5}.
 */
public final class Points implements Comparable<Points>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final Points ZERO = new Points(0);

  private final long halves;

  private Points(long halves) {
    this.halves = halves;
  }

  public static Points zero() {
    return ZERO;
  }

  public static Points ofHalves(long halves) {
    if (halves < 0 || halves > 2_000_000) {
      throw new InvalidInputException("INVALID_POINTS", "", "points are 0 to 1,000,000 in steps of 0.5");
    }
    return new Points(halves);
  }

  public static Points of(long whole) {
    return ofHalves(Math.multiplyExact(whole, 2));
  }

  /**
   * Points from a decimal that is a multiple of 0.5.
   *
   * @throws InvalidInputException if it is negative or not a multiple of 0.5
   */
  public static Points of(BigDecimal value) {
    BigDecimal halves = value.divide(HALF);
    if (value.signum() < 0 || halves.stripTrailingZeros().scale() > 0 || halves.compareTo(BigDecimal.valueOf(2_000_000)) > 0) {
      throw new InvalidInputException("INVALID_POINTS", "", "points are a non-negative multiple of 0.5, was " + value.toPlainString());
    }
    return ofHalves(halves.longValueExact());
  }

  public long halves() {
    return halves;
  }

  public Points plus(Points other) {
    return ofHalves(Math.addExact(halves, other.halves));
  }

  /** {@code this − other}, floored at zero. */
  public Points minusFlooredAtZero(Points other) {
    return new Points(Math.max(0, halves - other.halves));
  }

  public boolean isZero() {
    return halves == 0;
  }

  /** Whether these points are below {@code share} of {@code max} ({@code 2 < 60% × 4}). */
  public boolean isBelowShareOf(Points max, Ratio share) {
    return halves * Ratio.ONE_BP < max.halves * share.basisPoints();
  }

  /** Whether these points are at least {@code whole} points. */
  public boolean isAtLeast(long whole) {
    return halves >= whole * 2;
  }

  public BigDecimal toBigDecimal() {
    return Decimals.halves(halves);
  }

  @Override
  public int compareTo(Points other) {
    return Long.compare(halves, other.halves);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Points p && p.halves == halves;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(halves);
  }

  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
