package civil.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void theFirstHalfYearRunsFromJanuaryToJune() {
    HalfYear h1 = HalfYear.parse("2026-H1");
    assertEquals(LocalDate.of(2026, 1, 1), h1.firstDay());
    assertEquals(LocalDate.of(2026, 6, 30), h1.lastDay());
    assertTrue(h1.contains(LocalDate.of(2026, 6, 30)));
    assertFalse(h1.contains(LocalDate.of(2026, 7, 1)));
    assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3),
        YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)), h1.months());
    assertEquals("2026-H1", h1.toString());
    assertEquals(HalfYear.of(2026, 2), HalfYear.containing(LocalDate.of(2026, 7, 1)));
    assertEquals(LocalDate.of(2026, 12, 31), HalfYear.parse("2026-H2").lastDay());
  }

  @Test
  void malformedHalfYearsAreRefused() {
    for (String bad : List.of("2026-H3", "2026H1", "26-H1", "2026-h1", "")) {
      assertThrows(InvalidInputException.class, () -> HalfYear.parse(bad), bad);
    }
  }

  @Test
  void thePolicyYearIsTheCalendarYear() {
    PolicyYear y = PolicyYear.containing(LocalDate.of(2026, 8, 15));
    assertEquals(2026, y.year());
    assertEquals(LocalDate.of(2026, 1, 1), y.firstDay());
    assertEquals(LocalDate.of(2026, 12, 31), y.lastDay());
    assertEquals(PolicyYear.of(2025), y.previous());
  }

  @Test
  void dateRangesIncludeBothEndsAndMayBeOpen() {
    DateRange closed = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    DateRange open = DateRange.startingOn(LocalDate.of(2026, 3, 31));
    assertTrue(closed.contains(LocalDate.of(2026, 3, 31)));
    assertTrue(closed.overlaps(open));
    assertFalse(closed.overlaps(DateRange.startingOn(LocalDate.of(2026, 4, 1))));
    assertTrue(open.contains(LocalDate.of(2099, 1, 1)));
    assertEquals(Optional.empty(), open.to());
    assertEquals("2026-01-01..2026-03-31", closed.toString());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
    assertEquals("to", e.problems().get(0).field());
  }
}
