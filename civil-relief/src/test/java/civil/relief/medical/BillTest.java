package civil.relief.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillTest {
  private static List<String> fields(InvalidInputException e) {
    return e.problems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void inScopeAboveTheTotalIsNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bill.parse(
        "B1", "410802194601031234", "PRIMARY", "INPATIENT", "2026-03-01", 100L, 101L));
    assertEquals(List.of("inScopeFen"), fields(e));
    assertEquals("INVALID_BILL", e.code());
  }

  @Test
  void negativeAmountsAreNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bill.of("B1",
        ResidentId.parse("410802194601031234"), HospitalLevel.PRIMARY, CareType.INPATIENT, LocalDate.of(2026, 3, 1),
        Money.ofFen(-1), Money.ofFen(-2)));
    assertEquals(List.of("totalFen", "inScopeFen"), fields(e));
  }

  @Test
  void everyBadRawFieldIsNamedAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bill.parse(
        null, "410802194601031235", "LEVEL_4", "DENTAL", "2026-02-30", null, 5L));
    assertEquals(List.of("residentId", "hospitalLevel", "careType", "settledOn", "billId", "totalFen"), fields(e));
    assertEquals("the check character (18th) does not match the first 17 digits: expected '4', was '5'",
        e.problems().get(0).message());
  }

  @Test
  void hugeAmountsAreRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bill.parse(
        "B1", "410802194601031234", "PRIMARY", "INPATIENT", "2026-03-01", Long.MAX_VALUE, 0L));
    assertEquals(List.of("totalFen"), fields(e));
  }

  @Test
  void billIdsArePrintableAndShort() {
    assertThrows(InvalidInputException.class, () -> Bill.parse(
        "", "410802194601031234", "PRIMARY", "INPATIENT", "2026-03-01", 1L, 0L));
    assertThrows(InvalidInputException.class, () -> Bill.parse(
        "has space", "410802194601031234", "PRIMARY", "INPATIENT", "2026-03-01", 1L, 0L));
    assertThrows(InvalidInputException.class, () -> Bill.parse(
        "x".repeat(65), "410802194601031234", "PRIMARY", "INPATIENT", "2026-03-01", 1L, 0L));
  }
}
