package civil.eldercare.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.period.HalfYear;
import civil.eldercare.policy.EldercarePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final AssessmentCatalog CATALOG = AssessmentCatalog.defaults();
  private static final EldercarePolicy POLICY = EldercarePolicy.defaults();
  private static final HalfYear H1 = HalfYear.parse("2026-H1");

  /** A sheet with the given deductions (item code → points), every other item clean. */
  static AssessmentSheet sheet(Map<String, String> deductions, List<String> vetoes) {
    List<ItemFindings> items = new ArrayList<>();
    for (String code : CATALOG.items().keySet()) {
      items.add(new ItemFindings(code, deductions.containsKey(code)
          ? List.of(new Finding(Points.of(new BigDecimal(deductions.get(code))), "检查发现问题"))
          : List.of()));
    }
    return new AssessmentSheet(H1, Optional.empty(), items, vetoes);
  }

  @Test
  void theCatalogueHasEightCategoriesAndTwentySixItemsSummingToOneHundred() {
    assertEquals(8, CATALOG.categories().size());
    assertEquals(26, CATALOG.items().size());
    assertEquals(Points.of(100), CATALOG.maxPoints());
    assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "4.1", "4.2",
        "4.3", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "8.2", "8.3"),
        List.copyOf(CATALOG.items().keySet()));
    assertEquals(Points.of(7), CATALOG.items().get("3.1").maxPoints());
    assertEquals("消防安全", CATALOG.items().get("3.1").nameZh());
    assertEquals(List.of(16, 12, 16, 14, 12, 12, 8, 10), CATALOG.categories().stream()
        .map(c -> c.maxPoints().toBigDecimal().intValueExact()).toList());
    assertEquals(5, CATALOG.vetoes().size());
  }

  @Test
  void aFullSheetScoringExactlyNinetyIsExcellentAndEightyNineAndAHalfIsGood() {
    AssessmentResult ninety = AssessmentResult.score(sheet(Map.of("1.1", "4", "2.1", "3", "3.1", "3"), List.of()), CATALOG, POLICY);
    assertEquals(new BigDecimal("90"), ninety.total().toBigDecimal());
    assertEquals(Grade.EXCELLENT, ninety.grade());
    AssessmentResult lower = AssessmentResult.score(
        sheet(Map.of("1.1", "4", "2.1", "3", "3.1", "3.5"), List.of()), CATALOG, POLICY);
    assertEquals(new BigDecimal("89.5"), lower.total().toBigDecimal());
    assertEquals(Grade.GOOD, lower.grade());
  }

  @Test
  void theGradeBandsAreEightyAndSixty() {
    assertEquals(Grade.GOOD, AssessmentResult.grade(Points.of(80), List.of(), POLICY));
    assertEquals(Grade.PASS, AssessmentResult.grade(Points.ofHalves(159), List.of(), POLICY));
    assertEquals(Grade.PASS, AssessmentResult.grade(Points.of(60), List.of(), POLICY));
    assertEquals(Grade.FAIL, AssessmentResult.grade(Points.ofHalves(119), List.of(), POLICY));
  }

  @Test
  void aVetoMakesAnyScoreFail() {
    AssessmentResult perfect = AssessmentResult.score(sheet(Map.of(), List.of("FOOD_POISONING")), CATALOG, POLICY);
    assertEquals(Points.of(100), perfect.total());
    assertEquals(Grade.FAIL, perfect.grade());
  }

  @Test
  void deductionsLargerThanAnItemsMaximumFloorAtZero() {
    AssessmentResult r = AssessmentResult.score(sheet(Map.of("2.3", "9.5"), List.of()), CATALOG, POLICY);
    ItemScore waste = r.items().stream().filter(i -> i.itemCode().equals("2.3")).findFirst().orElseThrow();
    assertEquals(Points.zero(), waste.score());
    assertEquals(new BigDecimal("9.5"), waste.deductions().toBigDecimal());
    assertEquals(Points.of(98), r.total());
  }

  @Test
  void aSheetMissingRepeatingOrInventingAnItemIsRefusedNamingIt() {
    List<ItemFindings> items = new ArrayList<>(sheet(Map.of(), List.of()).items());
    items.remove(9); // 3.2
    items.add(new ItemFindings("1.1", List.of()));
    items.add(new ItemFindings("9.9", List.of()));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AssessmentResult.score(
        new AssessmentSheet(H1, Optional.empty(), items, List.of("SMOKING")), CATALOG, POLICY));
    assertEquals("ASSESSMENT_SHEET", e.code());
    List<String> messages = e.problems().stream().map(FieldProblem::message).toList();
    assertTrue(messages.contains("item 1.1 appears more than once"), messages.toString());
    assertTrue(messages.contains("unknown item '9.9' in catalogue 2026.1"), messages.toString());
    assertTrue(messages.contains("item 3.2 is missing; every item of the catalogue is scored"), messages.toString());
    assertTrue(messages.contains("unknown veto item 'SMOKING'"), messages.toString());
  }

  @Test
  void halfPointDeductionsOnly() {
    assertThrows(InvalidInputException.class, () -> Points.of(new BigDecimal("0.3")));
    assertThrows(InvalidInputException.class, () -> new Finding(Points.zero(), "nothing"));
    assertThrows(InvalidInputException.class, () -> Points.of(new BigDecimal("-1")));
  }

  @Test
  void anItemBelowSixtyPercentIsRectifiedUntilAReinspectionFindsItFixed() {
    AssessmentResult r = AssessmentResult.score(sheet(Map.of("3.1", "3", "2.1", "1.5"), List.of()), CATALOG, POLICY);
    // 3.1: 4 of 7 is 57% → rectify; 2.1: 2.5 of 4 is 62.5% → fine
    assertEquals(List.of("3.1"), r.items().stream().filter(ItemScore::toRectify).map(ItemScore::itemCode).toList());
    Assessment a = Assessment.of("AS-1", "NH-1", new AssessmentSheet(H1, Optional.of(LocalDate.of(2026, 6, 15)),
        sheet(Map.of("3.1", "3"), List.of()).items(), List.of()), r);
    ItemScore fire = r.items().stream().filter(ItemScore::toRectify).findFirst().orElseThrow();
    Rectification task = Rectification.open("RT-1", a, fire, 30);
    assertEquals(LocalDate.of(2026, 7, 15), task.dueOn());
    assertFalse(task.isOverdueOn(LocalDate.of(2026, 7, 15)));
    assertTrue(task.isOverdueOn(LocalDate.of(2026, 7, 16)));
    Rectification still = task.reinspect(LocalDate.of(2026, 7, 10), List.of(new Finding(Points.of(3), "灭火器过期")),
        POLICY.assessment().rectificationBelow());
    assertEquals(Rectification.Status.OPEN, still.status());
    Rectification fixed = still.reinspect(LocalDate.of(2026, 7, 20), List.of(new Finding(Points.ofHalves(5), "记录不全")),
        POLICY.assessment().rectificationBelow());
    assertEquals(Rectification.Status.CLOSED, fixed.status()); // 4.5 of 7 ≥ 4.2
    assertEquals(LocalDate.of(2026, 7, 20), fixed.closedOn().orElseThrow());
    assertEquals(2, fixed.reinspections().size());
    assertThrows(ConflictException.class, () -> fixed.reinspect(LocalDate.of(2026, 8, 1), List.of(),
        POLICY.assessment().rectificationBelow()));
  }
}
