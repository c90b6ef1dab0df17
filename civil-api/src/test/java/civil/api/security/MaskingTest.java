package civil.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void aResidentIdKeepsItsFirstSixAndLastFourCharacters() {
    assertEquals("/api/v1/residents/410802********0013/aid-category",
        Masking.mask("/api/v1/residents/410802198005010013/aid-category"));
    assertEquals("410802********001x", Masking.mask("41080219800501001x"));
    // percent-encoded digits spell an ID too
    assertEquals("/r/410802********0013", Masking.mask("/r/%34%31%30802198005010013"));
  }

  @Test
  void aLongerRunOfDigitsThatHoldsAnIdIsMaskedToo() {
    // an ID with one digit too many (a refused path, say) shows none of the ID's birth date or serial
    assertEquals("/api/v1/residents/410802********0130", Masking.mask("/api/v1/residents/4108021980050100130"));
  }

  @Test
  void shorterNumbersAndOtherIdsAreLeftAsTheyAre() {
    for (String text : new String[] {"HH-000001", "2026-03-01", "MA-00000042", "41080219800501001", "H41080200001"}) {
      assertEquals(text, Masking.mask(text));
    }
  }
}
