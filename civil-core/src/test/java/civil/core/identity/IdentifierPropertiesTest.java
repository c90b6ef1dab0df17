package civil.core.identity;

import static civil.core.testkit.CoreGenerators.creditCodes;
import static civil.core.testkit.CoreGenerators.residentIds;
import static civil.core.testkit.Theories.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IdentifierPropertiesTest {
  private static final String ID_CHARACTERS = "0123456789X";

  @Test
  void aComputedCheckCharacterAlwaysValidates() {
    qt().forAll(residentIds()).check(id -> ResidentId.parse(id.value()).equals(id)
        && id.value().charAt(17) == ResidentId.checkCharacterOf(id.value().substring(0, 17)));
  }

  @Test
  void changingAnySingleCharacterOfAResidentIdIsDetected() {
    qt().forAll(residentIds(), Generate.range(0, 17), Generate.range(1, ID_CHARACTERS.length() - 1))
        .check((id, position, shift) -> {
          char original = id.value().charAt(position);
          int index = ID_CHARACTERS.indexOf(original);
          char replacement = ID_CHARACTERS.charAt((index + shift) % ID_CHARACTERS.length());
          String mutated = id.value().substring(0, position) + replacement + id.value().substring(position + 1);
          try {
            ResidentId.parse(mutated);
            return false;
          } catch (InvalidIdentifierException expected) {
            return true;
          }
        });
  }

  @Test
  void maskingKeepsOnlyTheFirstSixAndLastFour() {
    qt().forAll(residentIds()).check(id -> id.masked().length() == 18
        && id.masked().startsWith(id.value().substring(0, 6))
        && id.masked().endsWith(id.value().substring(14))
        && id.masked().substring(6, 14).equals("********"));
  }

  @Test
  void creditCodesRoundTripAndDetectAnySingleChange() {
    String alphabet = CreditCode.alphabet();
    qt().forAll(creditCodes(), Generate.range(0, 17), Generate.range(1, alphabet.length() - 1))
        .check((code, position, shift) -> {
          if (!CreditCode.parse(code.value()).equals(code)) {
            return false;
          }
          char replacement = alphabet.charAt((alphabet.indexOf(code.value().charAt(position)) + shift) % alphabet.length());
          String mutated = code.value().substring(0, position) + replacement + code.value().substring(position + 1);
          try {
            CreditCode.parse(mutated);
            return false;
          } catch (InvalidIdentifierException expected) {
            return true;
          }
        });
  }
}
