package civil.core.money;

import civil.core.error.InvalidInputException;
import com.google.common.math.LongMath;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of 人民币 (CNY) as a whole number of fen (分), exactly. Arithmetic is exact and
 * throws {@link ArithmeticException} on overflow rather than wrapping. Where a step loses
 * precision ({@link #times(Ratio, RoundingMode)}, {@link #timesToYuan}, {@link #timesFraction})
 * the rounding is an argument, never a default, and the exact product is rounded once: a rule
 * that wants whole yuan rounds {@code amount × rate} straight to the yuan, not first to the fen.
 *
 * <p>{@link #toString()} writes {@code "1234.56"} and {@link #parse} reads it back;
 * {@link #format()} writes {@code "¥1,234.56"} and {@link #formatChinese()} the report style
 * {@code "5.63万元"}.
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");
  private static final long FEN_PER_YUAN = 100;
  private static final long FEN_PER_WAN = 1_000_000;
  private static final Money ZERO = new Money(0);

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  public static Money ofFen(long fen) {
    // Always a new instance: a shared zero here would stop the JIT from keeping short-lived
    // amounts off the heap (escape analysis gives up where two objects merge).
    return new Money(fen);
  }

  /** Whole yuan (元); {@code ofYuan(12)} is 1,200 fen. */
  public static Money ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, FEN_PER_YUAN));
  }

  public static Money zero() {
    return ZERO;
  }

  /**
   * Reads a decimal amount of yuan with at most two decimals, as {@link #toString()} writes it:
   * {@code "1234.56"}, {@code "-0.5"}, {@code "20000"}. No grouping, no currency sign.
   */
  public static Money parse(String text) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new InvalidInputException(
          "INVALID_MONEY", "", "an amount is written like 1234.56 (yuan, at most two decimals), was '" + text + "'");
    }
    return ofFen(new BigDecimal(text).movePointRight(2).longValueExact());
  }

  /** The sum of the amounts; zero for none. */
  public static Money total(Iterable<Money> amounts) {
    long sum = 0;
    for (Money m : amounts) {
      sum = Math.addExact(sum, m.fen);
    }
    return ofFen(sum);
  }

  /** The amount in fen. */
  public long fen() {
    return fen;
  }

  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  public Money negated() {
    return ofFen(Math.negateExact(fen));
  }

  /** {@code this × rate}, computed exactly and rounded once to the fen with {@code mode}. */
  public Money times(Ratio rate, RoundingMode mode) {
    return timesFraction(rate.basisPoints(), Ratio.ONE_BP, mode);
  }

  /**
   * {@code this × rate}, computed exactly and rounded once to whole yuan with {@code mode}:
   * ¥721.15 × 130% = ¥937.495 is ¥937 half up (rounding to the fen first would give ¥937.50 and
   * then ¥938).
   */
  public Money timesToYuan(Ratio rate, RoundingMode mode) {
    return ofYuan(timesFraction(rate.basisPoints(), Ratio.ONE_BP * FEN_PER_YUAN, mode).fen);
  }

  /**
   * {@code this × numerator ÷ denominator}, computed exactly and rounded once to the fen with
   * {@code mode}; the value of {@code q} units out of a stock of {@code Q} units worth
   * {@code this} is {@code value.timesFraction(q, Q, HALF_UP)}.
   */
  public Money timesFraction(long numerator, long denominator, RoundingMode mode) {
    if (denominator == 0) {
      throw new ArithmeticException("division by zero");
    }
    long product;
    try {
      product = Math.multiplyExact(fen, numerator);
    } catch (ArithmeticException overflow) {
      BigInteger exact = BigInteger.valueOf(fen).multiply(BigInteger.valueOf(numerator));
      BigDecimal quotient =
          new BigDecimal(exact).divide(BigDecimal.valueOf(denominator), 0, mode);
      return ofFen(quotient.longValueExact());
    }
    return ofFen(LongMath.divide(product, denominator, mode));
  }

  /** This amount rounded to whole yuan with {@code mode}: {@code 12.50 → 13.00} half up. */
  public Money roundedToYuan(RoundingMode mode) {
    return ofFen(Math.multiplyExact(LongMath.divide(fen, FEN_PER_YUAN, mode), FEN_PER_YUAN));
  }

  public Money min(Money other) {
    return fen <= other.fen ? this : other;
  }

  public Money max(Money other) {
    return fen >= other.fen ? this : other;
  }

  public boolean isZero() {
    return fen == 0;
  }

  public boolean isPositive() {
    return fen > 0;
  }

  public boolean isNegative() {
    return fen < 0;
  }

  public boolean isGreaterThan(Money other) {
    return fen > other.fen;
  }

  public boolean isLessThan(Money other) {
    return fen < other.fen;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money m && m.fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** Yuan with two decimals, no grouping: {@code "1234.56"}, {@code "-0.50"}; {@link #parse} reads it. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /** With the yuan sign and thousands grouping: {@code "¥1,234.56"}, {@code "-¥0.50"}. */
  public String format() {
    // Built by hand: this runs for every figure of every explanation, and DecimalFormat is slow.
    String yuan = Long.toString(Math.abs(fen / FEN_PER_YUAN));
    long cents = Math.abs(fen % FEN_PER_YUAN);
    StringBuilder out = new StringBuilder(yuan.length() + yuan.length() / 3 + 5);
    if (fen < 0) {
      out.append('-');
    }
    out.append('¥');
    for (int i = 0; i < yuan.length(); i++) {
      if (i > 0 && (yuan.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(yuan.charAt(i));
    }
    return out.append('.').append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10)).toString();
  }

  /**
   * The report style: from ¥10,000 up, 万元 with two decimals rounded half up
   * ({@code 5.63万元} for ¥56,300); below it {@link #format()} ({@code ¥2,189.10}).
   */
  public String formatChinese() {
    long magnitude = Math.abs(fen);
    if (magnitude < FEN_PER_WAN) {
      return format();
    }
    BigDecimal wan = BigDecimal.valueOf(magnitude).divide(BigDecimal.valueOf(FEN_PER_WAN), 2, RoundingMode.HALF_UP);
    return (fen < 0 ? "-" : "") + wan.toPlainString() + "万元";
  }

}
