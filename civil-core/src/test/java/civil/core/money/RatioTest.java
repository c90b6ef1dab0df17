package civil.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {
  @Test
  void percentagesAreBasisPoints() {
    assertEquals(Ratio.ofBasisPoints(6500), Ratio.percent("65"));
    assertEquals(6250, Ratio.percent("62.5").basisPoints());
    assertEquals(1, Ratio.percent("0.01").basisPoints());
    assertEquals(Ratio.one(), Ratio.percent("100"));
  }

  @Test
  void writesAndReadsPercentStrings() {
    assertEquals("65%", Ratio.percent("65").toString());
    assertEquals("62.5%", Ratio.ofBasisPoints(6250).toString());
    assertEquals("0.01%", Ratio.ofBasisPoints(1).toString());
    assertEquals("0%", Ratio.zero().toString());
    assertEquals("150%", Ratio.ofBasisPoints(15_000).toString());
    assertEquals(Ratio.ofBasisPoints(6250), Ratio.parse("62.5%"));
  }

  @Test
  void aTiltIsCappedAtOneHundredPercent() {
    Ratio five = Ratio.percent("5");
    assertEquals(Ratio.percent("65"), Ratio.percent("60").plusAtMost(five, Ratio.one()));
    assertEquals(Ratio.one(), Ratio.percent("98").plusAtMost(five, Ratio.one()));
    assertEquals(Ratio.percent("103"), Ratio.percent("98").plus(five));
  }

  @Test
  void negativeOrMalformedRatesAreRefused() {
    assertThrows(InvalidInputException.class, () -> Ratio.ofBasisPoints(-1));
    assertThrows(InvalidInputException.class, () -> Ratio.percent("-5"));
    assertThrows(InvalidInputException.class, () -> Ratio.percent("1.234"));
    assertThrows(InvalidInputException.class, () -> Ratio.parse("65"));
  }

  @Test
  void appliesToWholeNumbersExactly() {
    assertEquals(new BigDecimal("10.5"), Ratio.percent("150").times(7));
  }
}
