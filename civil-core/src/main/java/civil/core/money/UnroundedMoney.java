package civil.core.money;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount finer than a fen: the product of an amount and a {@link Ratio} before it is
 * rounded, counted in ten-thousandths of a fen. Products of several rates are summed here and
 * rounded once ("summed exactly and rounded once").
 */
public final class UnroundedMoney {
  private static final UnroundedMoney ZERO = new UnroundedMoney(0);

  private final long tenThousandthsOfFen;

  private UnroundedMoney(long tenThousandthsOfFen) {
    this.tenThousandthsOfFen = tenThousandthsOfFen;
  }

  public static UnroundedMoney zero() {
    return ZERO;
  }

  /** {@code amount × rate}, exactly. */
  public static UnroundedMoney product(Money amount, Ratio rate) {
    return new UnroundedMoney(Math.multiplyExact(amount.fen(), rate.basisPoints()));
  }

  public UnroundedMoney plus(UnroundedMoney other) {
    return new UnroundedMoney(Math.addExact(tenThousandthsOfFen, other.tenThousandthsOfFen));
  }

  /** To whole fen with the given rounding. */
  public Money rounded(RoundingMode mode) {
    return Money.ofFen(LongMath.divide(tenThousandthsOfFen, Ratio.ONE_BP, mode));
  }

  /** To whole fen, half up: the district's rounding. */
  public Money rounded() {
    return rounded(RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnroundedMoney u && u.tenThousandthsOfFen == tenThousandthsOfFen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(tenThousandthsOfFen);
  }

  @Override
  public String toString() {
    return BigDecimal.valueOf(tenThousandthsOfFen, 6).toPlainString();
  }
}
