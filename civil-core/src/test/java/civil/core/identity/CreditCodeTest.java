package civil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
  @Test
  void readsAValidCode() {
    assertEquals("91350100M000100Y43", CreditCode.parse("91350100M000100Y43").value());
    assertEquals('3', CreditCode.checkCharacterOf("91350100M000100Y4"));
  }

  @Test
  void namesWhatFailed() {
    assertEquals(InvalidIdentifierException.Failure.LENGTH,
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse("91350100M000100Y4")).failure());
    assertEquals(InvalidIdentifierException.Failure.CHARACTER,
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse("91350100M000100I43")).failure());
    assertEquals(InvalidIdentifierException.Failure.CHARACTER,
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse("913A0100M000100Y43")).failure());
    InvalidIdentifierException check =
        assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse("91350100M000100Y44"));
    assertEquals("CREDIT_CODE_CHECK_CHARACTER", check.code());
  }
}
