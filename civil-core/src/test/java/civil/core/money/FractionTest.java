package civil.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {
  @Test
  void equalRatiosAreEqualInLowestTerms() {
    assertEquals(Fraction.of(1, 2), Fraction.of(2, 4));
    assertEquals("1/2", Fraction.of(3, 6).toString());
  }

  @Test
  void percentagesRoundHalfUpToOneDecimal() {
    assertEquals("62.5%", Fraction.of(5, 8).percentOneDecimal());
    assertEquals("33.3%", Fraction.of(1, 3).percentOneDecimal());
    assertEquals("66.7%", Fraction.of(2, 3).percentOneDecimal());
    assertEquals("0.1%", Fraction.of(1, 2000).percentOneDecimal()); // 0.05% → 0.1%
    assertEquals(new BigDecimal("0.67"), Fraction.of(2, 3).toDecimal(2));
  }

  @Test
  void aZeroDenominatorReadsAsZeroAndNegativesAreRefused() {
    assertEquals(Fraction.of(0, 1), Fraction.of(5, 0));
    assertThrows(InvalidInputException.class, () -> Fraction.of(-1, 2));
    assertTrue(Fraction.of(1, 3).compareTo(Fraction.of(1, 2)) < 0);
    assertEquals(Fraction.of(3, 2), Fraction.of(1, 2).times(3));
  }
}
