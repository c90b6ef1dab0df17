package civil.relief.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.period.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AidCategoryRegisterTest {
  private static final ResidentId RESIDENT = ResidentId.parse("410802194601031234");
  private final AidCategoryRegister register = new AidCategoryRegister(new InMemoryAidCategoryStore());

  @Test
  void aRangeIsEndedByRegisteringTheSameStartWithAnEnd() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    register.register(RESIDENT, new CategoryAssignment(AidCategory.SUBSISTENCE, DateRange.startingOn(jan1)));
    assertEquals(AidCategory.SUBSISTENCE, register.categoryOn(RESIDENT, LocalDate.of(2026, 9, 1)));
    register.register(RESIDENT, new CategoryAssignment(AidCategory.SUBSISTENCE, DateRange.of(jan1, LocalDate.of(2026, 6, 30))));
    register.register(RESIDENT, new CategoryAssignment(AidCategory.LOW_INCOME, DateRange.startingOn(LocalDate.of(2026, 7, 1))));
    assertEquals(AidCategory.SUBSISTENCE, register.categoryOn(RESIDENT, LocalDate.of(2026, 6, 30)));
    assertEquals(AidCategory.LOW_INCOME, register.categoryOn(RESIDENT, LocalDate.of(2026, 7, 1)));
    assertEquals(AidCategory.NONE, register.categoryOn(RESIDENT, LocalDate.of(2025, 12, 31)));
    assertEquals(2, register.of(RESIDENT).assignments().size());
  }

  @Test
  void anOverlappingRangeIsAConflictAndChangesNothing() {
    register.register(RESIDENT, new CategoryAssignment(AidCategory.SUBSISTENCE, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
    ConflictException e = assertThrows(ConflictException.class, () -> register.register(RESIDENT,
        new CategoryAssignment(AidCategory.LOW_INCOME, DateRange.startingOn(LocalDate.of(2026, 7, 1)))));
    assertEquals("AID_CATEGORY_OVERLAP", e.code());
    assertEquals(1, register.of(RESIDENT).assignments().size());
  }

  @Test
  void noneIsNotACategoryToRegister() {
    assertThrows(InvalidInputException.class,
        () -> new CategoryAssignment(AidCategory.NONE, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
  }
}
