package civil.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void yuanAndFenAreTheSameAmount() {
    assertEquals(Money.ofFen(1_200), Money.ofYuan(12));
    assertEquals(123_456, Money.parse("1234.56").fen());
    assertEquals(50, Money.parse("0.5").fen());
    assertEquals(-50, Money.parse("-0.50").fen());
    assertEquals(2_000_000, Money.parse("20000").fen());
    assertEquals(Money.zero(), Money.ofFen(0));
  }

  @Test
  void toStringIsWhatParseReads() {
    assertEquals("1234.56", Money.ofFen(123_456).toString());
    assertEquals("-0.05", Money.ofFen(-5).toString());
    assertEquals("0.00", Money.zero().toString());
  }

  @Test
  void malformedAmountsAreTypedErrors() {
    for (String bad : List.of("", "1,234.56", "¥12", "1.234", "12.", ".5", "abc", "1e3", "99999999999999999")) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse(bad), bad);
      assertEquals("INVALID_MONEY", e.code());
    }
  }

  @Test
  void formatsWithTheYuanSignAndGrouping() {
    assertEquals("¥1,234.56", Money.parse("1234.56").format());
    assertEquals("¥0.00", Money.zero().format());
    assertEquals("-¥1,000.00", Money.ofYuan(-1000).format());
  }

  @Test
  void reportStyleUsesWanFromTenThousandYuanUp() {
    assertEquals("5.63万元", Money.ofYuan(56_300).formatChinese());
    assertEquals("2.19万元", Money.ofYuan(21_891).formatChinese());
    assertEquals("3.50万元", Money.ofYuan(35_000).formatChinese());
    assertEquals("1.00万元", Money.ofYuan(10_000).formatChinese());
    assertEquals("¥9,999.99", Money.parse("9999.99").formatChinese());
    assertEquals("¥2,189.10", Money.parse("2189.1").formatChinese());
    // two decimals of 万, rounded half up: ¥12,345 is 1.2345万 → 1.23; ¥12,350 is 1.235万 → 1.24
    assertEquals("1.23万元", Money.ofYuan(12_345).formatChinese());
    assertEquals("1.24万元", Money.ofYuan(12_350).formatChinese());
  }

  @Test
  void aRateRoundsHalfUpToTheFenUnlessAnotherModeIsAsked() {
    Ratio sixtyFive = Ratio.percent("65");
    assertEquals(Money.ofFen(1), Money.ofFen(1).times(sixtyFive, RoundingMode.HALF_UP)); // 0.65 fen → 1
    assertEquals(Money.ofFen(0), Money.ofFen(1).times(Ratio.percent("49.99"), RoundingMode.HALF_UP));
    assertEquals(Money.ofFen(1), Money.ofFen(1).times(Ratio.percent("50"), RoundingMode.HALF_UP)); // exactly half → up
    assertEquals(Money.ofFen(0), Money.ofFen(1).times(Ratio.percent("50"), RoundingMode.HALF_EVEN));
    assertEquals(Money.ofFen(0), Money.ofFen(1).times(Ratio.percent("99"), RoundingMode.DOWN));
    assertEquals(Money.ofFen(-1), Money.ofFen(-1).times(Ratio.percent("50"), RoundingMode.HALF_UP)); // half up is away from zero
    assertEquals(Money.ofFen(760_000), Money.ofFen(950_000).times(Ratio.percent("80"), RoundingMode.HALF_UP));
  }

  @Test
  void aRateToWholeYuanRoundsTheExactProductOnce() {
    // ¥721.15 × 130% = ¥937.495: once to the yuan is ¥937; via the fen (¥937.50) it would be ¥938
    assertEquals(Money.ofYuan(937), Money.parse("721.15").timesToYuan(Ratio.percent("130"), RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(938), Money.parse("721.15").times(Ratio.percent("130"), RoundingMode.HALF_UP)
        .roundedToYuan(RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(216), Money.ofYuan(720).timesToYuan(Ratio.percent("30"), RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(1), Money.ofFen(50).timesToYuan(Ratio.one(), RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(0), Money.ofFen(50).timesToYuan(Ratio.one(), RoundingMode.HALF_EVEN));
  }

  @Test
  void aFractionOfAValueRoundsOnce() {
    // 1 of 3 units of a stock worth 1.00 is 0.33; 2 of 3 are 0.67
    assertEquals(Money.ofFen(33), Money.ofFen(100).timesFraction(1, 3, RoundingMode.HALF_UP));
    assertEquals(Money.ofFen(67), Money.ofFen(100).timesFraction(2, 3, RoundingMode.HALF_UP));
    // exact even where the intermediate product does not fit in a long
    assertEquals(Money.ofFen(Long.MAX_VALUE / 2),
        Money.ofFen(Long.MAX_VALUE / 2).timesFraction(1_000_000_007L, 1_000_000_007L, RoundingMode.HALF_UP));
  }

  @Test
  void roundsToWholeYuan() {
    assertEquals(Money.ofYuan(13), Money.parse("12.50").roundedToYuan(RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(12), Money.parse("12.49").roundedToYuan(RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(-13), Money.parse("-12.50").roundedToYuan(RoundingMode.HALF_UP));
  }

  @Test
  void overflowIsAnErrorNotAWrap() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.ofFen(1)));
    assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)));
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> Money.ofYuan(Long.MAX_VALUE / 10));
    assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).negated());
  }

  @Test
  void comparesByAmount() {
    Money a = Money.ofFen(5);
    Money b = Money.ofFen(7);
    assertTrue(a.isLessThan(b));
    assertTrue(b.isGreaterThan(a));
    assertEquals(a, a.min(b));
    assertEquals(b, a.max(b));
    assertEquals(Money.ofFen(12), Money.total(List.of(a, b)));
    assertTrue(Money.zero().isZero() && a.isPositive() && a.negated().isNegative());
  }
}
