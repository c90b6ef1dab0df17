package civil.core.money;

import civil.core.error.InvalidInputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An exact, non-negative rate (比例) in basis points: {@code 6500} is 65%. Every rate of the
 * district's policies (reimbursement ratios, grade coefficients, tilts) is a whole number of
 * basis points. Rates above 100% are allowed (a grade coefficient of 1.5 is 150%); a rule that
 * must stay at or below 100% says so with {@link #plusAtMost}.
 */
public final class Ratio implements Comparable<Ratio>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern PERCENT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

  /** Basis points in one whole (100%). */
  public static final long ONE_BP = 10_000L;

  private static final Ratio ZERO = new Ratio(0);
  private static final Ratio ONE = new Ratio(ONE_BP);

  private final long basisPoints;

  private Ratio(long basisPoints) {
    this.basisPoints = basisPoints;
  }

  /** The rate of {@code basisPoints} hundredths of a percent; {@code ofBasisPoints(6500)} is 65%. */
  public static Ratio ofBasisPoints(long basisPoints) {
    if (basisPoints < 0) {
      throw new InvalidInputException("NEGATIVE_RATIO", "", "a rate must not be negative, was " + basisPoints + " bp");
    }
    if (basisPoints == 0) {
      return ZERO;
    }
    return basisPoints == ONE_BP ? ONE : new Ratio(basisPoints);
  }

  /** The rate written as a percentage with at most two decimals: {@code percent("65")}, {@code percent("62.5")}. */
  public static Ratio percent(String percent) {
    if (percent == null || !PERCENT.matcher(percent).matches()) {
      throw new InvalidInputException(
          "INVALID_RATIO", "", "a percentage has digits and at most two decimals, was '" + percent + "'");
    }
    return ofBasisPoints(new BigDecimal(percent).movePointRight(2).longValueExact());
  }

  /** Parses the form {@link #toString()} writes: {@code "65%"}, {@code "62.5%"}, {@code "0.01%"}. */
  public static Ratio parse(String text) {
    if (text == null || !text.endsWith("%")) {
      throw new InvalidInputException("INVALID_RATIO", "", "a rate is written like '65%', was '" + text + "'");
    }
    return percent(text.substring(0, text.length() - 1));
  }

  public static Ratio zero() {
    return ZERO;
  }

  /** 100%. */
  public static Ratio one() {
    return ONE;
  }

  public long basisPoints() {
    return basisPoints;
  }

  public boolean isZero() {
    return basisPoints == 0;
  }

  public Ratio plus(Ratio other) {
    return ofBasisPoints(Math.addExact(basisPoints, other.basisPoints));
  }

  /** {@code this + other}, but never more than {@code cap} (a tilt of +5 points "at most 100%"). */
  public Ratio plusAtMost(Ratio other, Ratio cap) {
    return ofBasisPoints(Math.min(Math.addExact(basisPoints, other.basisPoints), cap.basisPoints));
  }

  /** This rate applied to a whole number ({@code 150% × 7 = 10.5}), exactly, as a decimal. */
  public BigDecimal times(long value) {
    return Decimals.plain(BigDecimal.valueOf(basisPoints).multiply(BigDecimal.valueOf(value)).movePointLeft(4));
  }

  public boolean isGreaterThan(Ratio other) {
    return basisPoints > other.basisPoints;
  }

  public boolean isLessThan(Ratio other) {
    return basisPoints < other.basisPoints;
  }

  @Override
  public int compareTo(Ratio other) {
    return Long.compare(basisPoints, other.basisPoints);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ratio r && r.basisPoints == basisPoints;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(basisPoints);
  }

  /** The percentage with the decimals it needs: {@code "65%"}, {@code "62.5%"}, {@code "0.01%"}. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }
}
