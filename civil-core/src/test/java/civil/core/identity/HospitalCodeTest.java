package civil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HospitalCodeTest {
  @Test
  void readsHAndElevenDigits() {
    HospitalCode h = HospitalCode.parse("H41080200001");
    assertEquals("H41080200001", h.value());
    assertEquals("410802", h.areaCode());
  }

  @Test
  void eachMalformedCodeIsNamed() {
    assertEquals("HOSPITAL_CODE_LENGTH", assertThrows(InvalidIdentifierException.class,
        () -> HospitalCode.parse("H4108020000")).code());
    assertEquals("HOSPITAL_CODE_CHARACTER", assertThrows(InvalidIdentifierException.class,
        () -> HospitalCode.parse("X41080200001")).code());
    assertEquals("HOSPITAL_CODE_CHARACTER", assertThrows(InvalidIdentifierException.class,
        () -> HospitalCode.parse("H4108020000A")).code());
    assertEquals("HOSPITAL_CODE_LENGTH", assertThrows(InvalidIdentifierException.class, () -> HospitalCode.parse(null)).code());
  }
}
