package civil.core.money;

import static civil.core.testkit.CoreGenerators.money;
import static civil.core.testkit.CoreGenerators.nonNegativeMoney;
import static civil.core.testkit.CoreGenerators.ratios;
import static civil.core.testkit.Theories.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyPropertiesTest {
  @Test
  void additionIsAssociativeAndCommutative() {
    qt().forAll(money(), money(), money())
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))) && a.plus(b).equals(b.plus(a)));
  }

  @Test
  void minusUndoesPlus() {
    qt().forAll(money(), money()).check((a, b) -> a.plus(b).minus(b).equals(a));
  }

  @Test
  void zeroIsNeutral() {
    qt().forAll(money()).check(a -> a.plus(Money.zero()).equals(a) && a.times(1).equals(a) && a.times(0).isZero());
  }

  @Test
  void timesRatioIsWithinHalfAFenOfTheExactProduct() {
    qt().forAll(nonNegativeMoney(), ratios()).check((m, r) -> {
      BigDecimal exact = BigDecimal.valueOf(m.fen()).multiply(BigDecimal.valueOf(r.basisPoints())).movePointLeft(4);
      BigDecimal error = exact.subtract(BigDecimal.valueOf(m.times(r, RoundingMode.HALF_UP).fen())).abs();
      return error.compareTo(new BigDecimal("0.5")) <= 0;
    });
  }

  @Test
  void timesRatioMatchesBigDecimalHalfUpForEitherSign() {
    qt().forAll(money(), ratios()).check((m, r) -> {
      BigDecimal exact = BigDecimal.valueOf(m.fen()).multiply(BigDecimal.valueOf(r.basisPoints())).movePointLeft(4);
      return exact.setScale(0, RoundingMode.HALF_UP).longValueExact() == m.times(r, RoundingMode.HALF_UP).fen();
    });
  }

  @Test
  void timesToYuanRoundsTheExactProductOnce() {
    // the fen part of the amounts is drawn so that most products are not whole fen or yuan
    qt().forAll(money(), ratios()).check((m, r) -> {
      BigDecimal exactYuan = BigDecimal.valueOf(m.fen()).multiply(BigDecimal.valueOf(r.basisPoints())).movePointLeft(6);
      return exactYuan.setScale(0, RoundingMode.HALF_UP).longValueExact() * 100
          == m.timesToYuan(r, RoundingMode.HALF_UP).fen();
    });
  }

  @Test
  void formatGroupsThousandsLikeDecimalFormat() {
    DecimalFormat reference = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    qt().forAll(money()).check(m -> m.format().equals(
        (m.isNegative() ? "-¥" : "¥") + reference.format(BigDecimal.valueOf(Math.abs(m.fen()), 2))));
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(money()).check(m -> Money.parse(m.toString()).equals(m));
  }
}
