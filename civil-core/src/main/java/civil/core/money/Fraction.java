package civil.core.money;

import civil.core.error.InvalidInputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact, non-negative ratio of two whole numbers, such as attendance-days over capacity ×
 * open days, or occupied beds over total beds. Kept in lowest terms, so equal ratios are equal
 * whatever their terms ({@code 1/2 == 2/4}). A zero denominator is allowed and reads as zero
 * (no capacity, no use), so a report over an empty period needs no special case.
 */
public final class Fraction implements Comparable<Fraction>, Serializable {
  private static final long serialVersionUID = 1L;

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() < 0 || denominator.signum() < 0) {
      throw new InvalidInputException("NEGATIVE_FRACTION", "", "a fraction here is never negative: " + numerator + "/" + denominator);
    }
    if (denominator.signum() == 0) {
      return new Fraction(BigInteger.ZERO, BigInteger.ONE);
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  /** The value with {@code scale} decimals, rounded half up. */
  public BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  /** As a percentage rounded half up to one decimal: {@code "62.5%"}, {@code "100.0%"}. */
  public String percentOneDecimal() {
    return percentValue().toPlainString() + "%";
  }

  /** The percentage rounded half up to one decimal, as a number: {@code 62.5}, {@code 100.0}. */
  public BigDecimal percentValue() {
    return new BigDecimal(numerator).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
  }

  /** The same value times a whole number, exactly. */
  public Fraction times(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction f && f.numerator.equals(numerator) && f.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
