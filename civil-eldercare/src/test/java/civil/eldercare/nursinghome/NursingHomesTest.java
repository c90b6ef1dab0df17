package civil.eldercare.nursinghome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.period.HalfYear;
import civil.eldercare.assessment.AssessmentCatalog;
import civil.eldercare.assessment.AssessmentSheet;
import civil.eldercare.assessment.Finding;
import civil.eldercare.assessment.Grade;
import civil.eldercare.assessment.ItemFindings;
import civil.eldercare.assessment.Points;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.award.Award;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NursingHomesTest {
  private static final HalfYear H1 = HalfYear.parse("2026-H1");
  private final NursingHomes homes = new NursingHomes(EldercarePolicy.defaultRegistry(), AssessmentCatalog.defaultRegistry(),
      new InMemoryNursingHomeStore());

  private static AssessmentSheet sheet(LocalDate on, String item, int deduction) {
    List<ItemFindings> items = new ArrayList<>();
    for (String code : AssessmentCatalog.defaults().items().keySet()) {
      items.add(new ItemFindings(code, code.equals(item) ? List.of(new Finding(Points.of(deduction), "问题")) : List.of()));
    }
    return new AssessmentSheet(H1, Optional.of(on), items, List.of());
  }

  @Test
  void occupancyAboveTheBedsIsRefusedAndAMissingMonthCountsZero() {
    NursingHome h = homes.addHome("解放区敬老院", AreaCode.parse("410802001"), 60, LocalDate.of(2020, 1, 1));
    assertEquals("OCCUPANCY_ABOVE_BEDS", assertThrows(RefusedException.class,
        () -> homes.recordOccupancy(h.homeId(), YearMonth.of(2026, 1), 61)).code());
    homes.recordOccupancy(h.homeId(), YearMonth.of(2026, 1), 60);
    homes.recordOccupancy(h.homeId(), YearMonth.of(2026, 2), 45);
    assertEquals(Fraction.of(105, 6), homes.averageOccupiedBeds(h.homeId(), H1));
  }

  @Test
  void theGradeIsThatOfTheLatestAssessmentAndTheAwardIsStoredOncePerPeriod() {
    NursingHome a = homes.addHome("甲", AreaCode.parse("410802001"), 50, LocalDate.of(2020, 1, 1));
    NursingHome b = homes.addHome("乙", AreaCode.parse("410802002"), 50, LocalDate.of(2020, 1, 1));
    for (int m = 1; m <= 6; m++) {
      homes.recordOccupancy(a.homeId(), YearMonth.of(2026, m), 40);
      homes.recordOccupancy(b.homeId(), YearMonth.of(2026, m), 40);
    }
    homes.assess(a.homeId(), sheet(LocalDate.of(2026, 6, 15), "3.1", 7)); // 93 → EXCELLENT
    AssessmentRecord later = homes.assess(a.homeId(), sheet(LocalDate.of(2026, 6, 20), "1.1", 4)); // 96
    homes.assess(b.homeId(), sheet(LocalDate.of(2026, 6, 15), "5.1", 5)); // 95
    assertEquals(Optional.of(Grade.EXCELLENT), homes.grade(a.homeId(), H1));
    assertEquals(1, later.rectifications().size());
    Award preview = homes.award(H1, Money.ofYuan(20_000), Optional.empty(), LocalDate.of(2026, 8, 15), true);
    assertTrue(homes.storedAward(H1).isEmpty());
    assertEquals(List.of(1_000_000L, 1_000_000L), preview.lines().stream().map(l -> l.amount().fen()).toList());
    homes.award(H1, Money.ofYuan(20_000), Optional.empty(), LocalDate.of(2026, 8, 15), false);
    assertEquals("AWARD_EXISTS", assertThrows(ConflictException.class,
        () -> homes.award(H1, Money.ofYuan(20_000), Optional.empty(), LocalDate.of(2026, 8, 16), false)).code());
  }

  @Test
  void aReinspectionOfAnotherHomesTaskIsNotFound() {
    NursingHome a = homes.addHome("甲", AreaCode.parse("410802001"), 50, LocalDate.of(2020, 1, 1));
    NursingHome b = homes.addHome("乙", AreaCode.parse("410802002"), 50, LocalDate.of(2020, 1, 1));
    Rectification task = homes.assess(a.homeId(), sheet(LocalDate.of(2026, 6, 15), "3.1", 7)).rectifications().get(0);
    assertThrows(NotFoundException.class, () -> homes.reinspect(b.homeId(), task.rectificationId(), LocalDate.of(2026, 7, 1), List.of()));
    Rectification closed = homes.reinspect(a.homeId(), task.rectificationId(), LocalDate.of(2026, 7, 1), List.of());
    assertEquals(Rectification.Status.CLOSED, closed.status());
  }
}
