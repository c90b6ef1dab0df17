package civil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {
  @Test
  void readsTheStandardsExample() {
    ResidentId id = ResidentId.parse("11010519491231002X");
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    assertEquals(Sex.FEMALE, id.sex());
    assertEquals("110105", id.areaOfIssue());
    assertEquals(Sex.MALE, ResidentId.parse("440524188001010014").sex());
  }

  @Test
  void masksAllButTheFirstSixAndLastFour() {
    ResidentId id = ResidentId.parse("410802194601031234");
    assertEquals("410802********1234", id.masked());
    assertEquals("410802********1234", id.toString());
    assertEquals("410802194601031234", id.value());
  }

  @Test
  void ageIsWholeYearsCompletedOnTheDate() {
    ResidentId id = ResidentId.parse("410802194601031234"); // born 1946-01-03
    assertEquals(79, id.ageOn(LocalDate.of(2026, 1, 2)));
    assertEquals(80, id.ageOn(LocalDate.of(2026, 1, 3)));
    assertEquals(0, id.ageOn(LocalDate.of(1946, 1, 3)));
    assertThrows(InvalidInputException.class, () -> id.ageOn(LocalDate.of(1946, 1, 2)));
  }

  @Test
  void aLeapDayBirthdayCompletesItsYearOnTheFirstOfMarch() {
    ResidentId leap = ResidentId.ofFirst17("41080219480229001");
    assertEquals(77, leap.ageOn(LocalDate.of(2026, 2, 28)));
    assertEquals(78, leap.ageOn(LocalDate.of(2026, 3, 1)));
  }

  @Test
  void eachFailureIsNamed() {
    assertFailure(InvalidIdentifierException.Failure.LENGTH, "41080219460103123");
    assertFailure(InvalidIdentifierException.Failure.LENGTH, "4108021946010312345");
    assertFailure(InvalidIdentifierException.Failure.LENGTH, null);
    assertFailure(InvalidIdentifierException.Failure.CHARACTER, "4108021946010312a4");
    assertFailure(InvalidIdentifierException.Failure.CHARACTER, "11010519491231002Y");
    assertFailure(InvalidIdentifierException.Failure.CHECK_CHARACTER, "410802194601031235");
    assertFailure(InvalidIdentifierException.Failure.BIRTH_DATE,
        "41080219460230123" + ResidentId.checkCharacterOf("41080219460230123")); // 30 February
  }

  @Test
  void aLowerCaseXCheckCharacterIsReadAsUpperCase() {
    ResidentId id = ResidentId.parse("11010519491231002x");
    assertEquals("11010519491231002X", id.value());
    assertEquals(ResidentId.parse("11010519491231002X"), id);
    assertFailure(InvalidIdentifierException.Failure.CHECK_CHARACTER, "41080219460103123x");
  }

  @Test
  void theCheckCharacterErrorSaysWhatWasExpected() {
    InvalidIdentifierException e =
        assertThrows(InvalidIdentifierException.class, () -> ResidentId.parse("410802194601031235"));
    assertEquals("RESIDENT_ID_CHECK_CHARACTER", e.code());
    assertEquals("the check character (18th) does not match the first 17 digits: expected '4', was '5'",
        e.problems().get(0).message());
  }

  private static void assertFailure(InvalidIdentifierException.Failure failure, String text) {
    InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> ResidentId.parse(text));
    assertEquals(failure, e.failure());
    assertEquals("RESIDENT_ID_" + failure.name(), e.code());
  }
}
