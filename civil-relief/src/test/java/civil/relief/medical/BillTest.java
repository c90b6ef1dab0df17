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

  private static final ResidentId RESIDENT = ResidentId.parse("410802194601031234");
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);

  private static Bill bill(String billId, long totalFen, long inScopeFen) {
    return Bill.of(billId, RESIDENT, HospitalLevel.PRIMARY, CareType.INPATIENT, ON, Money.ofFen(totalFen),
        Money.ofFen(inScopeFen));
  }

  @Test
  void inScopeAboveTheTotalIsNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> bill("B1", 100, 101));
    assertEquals(List.of("inScopeFen"), fields(e));
  }

  @Test
  void negativeAmountsAreNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> bill("B1", -1, -2));
    assertEquals(List.of("totalFen", "inScopeFen"), fields(e));
  }

  @Test
  void hugeAmountsAreRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> bill("B1", Long.MAX_VALUE, 0));
    assertEquals(List.of("totalFen"), fields(e));
  }

  @Test
  void billIdsArePrintableAndShort() {
    assertThrows(InvalidInputException.class, () -> bill("", 1, 0));
    assertThrows(InvalidInputException.class, () -> bill("has space", 1, 0));
    assertThrows(InvalidInputException.class, () -> bill("x".repeat(65), 1, 0));
  }
}
