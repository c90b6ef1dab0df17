package civil.relief.medical;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.util.Arrays;

/**
 * One resident's medical totals in a policy year (年度累计), all zero on 1 January:
 * <ul>
 *   <li>{@code basicPaid}: paid by basic insurance;
 *   <li>{@code criticalBase}: in-scope self pay after basic insurance (critical illness counts
 *       its threshold and bands on this);
 *   <li>{@code criticalPaid}: paid by critical illness insurance;
 *   <li>{@code aidBase}: in-scope self pay after both insurances (medical aid counts its
 *       threshold on this);
 *   <li>{@code aidPaid}: paid by medical aid.
 * </ul>
 * Every total is zero or more. The same shape also describes one settlement's contribution
 * (after minus before).
 */
public final class YearToDate {
  private static final YearToDate ZERO = new YearToDate(0, 0, 0, 0, 0);

  // Kept as fen, not Money: a year to date is read and written on every settlement, and five
  // primitive fields are one cache line where five Money objects would be five.
  private final long basicPaid;
  private final long criticalBase;
  private final long criticalPaid;
  private final long aidBase;
  private final long aidPaid;

  private YearToDate(long basicPaid, long criticalBase, long criticalPaid, long aidBase, long aidPaid) {
    this.basicPaid = basicPaid;
    this.criticalBase = criticalBase;
    this.criticalPaid = criticalPaid;
    this.aidBase = aidBase;
    this.aidPaid = aidPaid;
  }

  /** Totals at the start of a year. */
  public static YearToDate zero() {
    return ZERO;
  }

  /**
   * The given totals.
   *
   * @throws InvalidInputException if one is negative
   */
  public static YearToDate of(Money basicPaid, Money criticalBase, Money criticalPaid, Money aidBase, Money aidPaid) {
    return ofFen(basicPaid.fen(), criticalBase.fen(), criticalPaid.fen(), aidBase.fen(), aidPaid.fen());
  }

  /**
   * The same totals, in fen.
   *
   * @throws InvalidInputException if one is negative
   */
  public static YearToDate ofFen(long basicPaid, long criticalBase, long criticalPaid, long aidBase, long aidPaid) {
    if ((basicPaid | criticalBase | criticalPaid | aidBase | aidPaid) < 0) {
      check(basicPaid, "basicPaidFen");
      check(criticalBase, "criticalBaseFen");
      check(criticalPaid, "criticalPaidFen");
      check(aidBase, "aidBaseFen");
      check(aidPaid, "aidPaidFen");
    }
    return new YearToDate(basicPaid, criticalBase, criticalPaid, aidBase, aidPaid);
  }

  private static void check(long fen, String field) {
    if (fen < 0) {
      throw new InvalidInputException("NEGATIVE_AMOUNT", field, "a year-to-date total is never negative, was " + fen);
    }
  }

  long basicPaidFen() {
    return basicPaid;
  }

  long criticalBaseFen() {
    return criticalBase;
  }

  long criticalPaidFen() {
    return criticalPaid;
  }

  long aidBaseFen() {
    return aidBase;
  }

  long aidPaidFen() {
    return aidPaid;
  }

  public Money basicPaid() {
    return Money.ofFen(basicPaid);
  }

  public Money criticalBase() {
    return Money.ofFen(criticalBase);
  }

  public Money criticalPaid() {
    return Money.ofFen(criticalPaid);
  }

  public Money aidBase() {
    return Money.ofFen(aidBase);
  }

  public Money aidPaid() {
    return Money.ofFen(aidPaid);
  }

  /** These totals with a settlement's contribution added. */
  public YearToDate plus(YearToDate c) {
    return ofFen(Math.addExact(basicPaid, c.basicPaid), Math.addExact(criticalBase, c.criticalBase),
        Math.addExact(criticalPaid, c.criticalPaid), Math.addExact(aidBase, c.aidBase), Math.addExact(aidPaid, c.aidPaid));
  }

  /** These totals with a settlement's contribution taken off (a reversal). */
  public YearToDate minus(YearToDate c) {
    return ofFen(Math.subtractExact(basicPaid, c.basicPaid), Math.subtractExact(criticalBase, c.criticalBase),
        Math.subtractExact(criticalPaid, c.criticalPaid), Math.subtractExact(aidBase, c.aidBase),
        Math.subtractExact(aidPaid, c.aidPaid));
  }

  public boolean isZero() {
    return equals(ZERO);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YearToDate y && y.basicPaid == basicPaid && y.criticalBase == criticalBase
        && y.criticalPaid == criticalPaid && y.aidBase == aidBase && y.aidPaid == aidPaid;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new long[] {basicPaid, criticalBase, criticalPaid, aidBase, aidPaid});
  }

  @Override
  public String toString() {
    return "YearToDate{basicPaid=" + basicPaid() + ", criticalBase=" + criticalBase() + ", criticalPaid="
        + criticalPaid() + ", aidBase=" + aidBase() + ", aidPaid=" + aidPaid() + "}";
  }
}
