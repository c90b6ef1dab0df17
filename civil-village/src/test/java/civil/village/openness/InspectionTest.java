package civil.village.openness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InspectionTest {
  private static final OpennessCatalog CATALOG = OpennessCatalog.defaults();
  private static final String V = "410802001001";

  private static Publication monthly(String period, LocalDate on) {
    return new Publication(V, "FINANCE", Optional.of(period), Optional.empty(), on);
  }

  private static Inspection inspect(LocalDate on, LocalDate from, LocalDate to, List<VillageEvent> events,
      List<Publication> publications) {
    return Inspection.inspect("VI-1", V, on, from, to, CATALOG, events, publications);
  }

  @Test
  void aMonthlyItemOnItsDueDayIsOnTimeADayLaterLateAndAfterTheInspectionMissing() {
    LocalDate d = LocalDate.of(2026, 4, 20);
    // only FINANCE for March ends in the range; the quarterly items end on 31 March too
    Inspection onTime = inspect(d, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30),
        List.of(), List.of(monthly("2026-03", LocalDate.of(2026, 4, 10))));
    assertEquals(List.of(), onTime.findings()); // March ends on the 31st: outside [1, 30]
    LocalDate from = LocalDate.of(2026, 3, 31);
    Inspection a = inspect(d, from, from, List.of(), List.of(monthly("2026-03", LocalDate.of(2026, 4, 10))));
    Inspection.Finding finance = a.findings().stream().filter(f -> f.itemCode().equals("FINANCE")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2026, 4, 10), finance.dueOn());
    assertEquals(Inspection.Status.ON_TIME, finance.status());
    Inspection late = inspect(d, from, from, List.of(), List.of(monthly("2026-03", LocalDate.of(2026, 4, 11))));
    assertEquals(Inspection.Status.LATE, late.findings().get(0).status());
    Inspection after = inspect(d, from, from, List.of(), List.of(monthly("2026-03", LocalDate.of(2026, 4, 21))));
    assertEquals(Inspection.Status.MISSING, after.findings().get(0).status());
    // the quarterly items of Q1 are due 15 April: four findings, FINANCE first (due the 10th)
    assertEquals(List.of("FINANCE", "ASSETS", "CADRE_PAY", "RELIEF_ROLL"),
        a.findings().stream().map(Inspection.Finding::itemCode).toList());
    assertEquals(4, a.due());
    assertEquals(new BigDecimal("25.0"), a.score());
    assertEquals(Grade.FAIL, a.grade());
  }

  @Test
  void anEventItemIsDueItsDaysAfterTheEvent() {
    VillageEvent subsidy = new VillageEvent(V, "SUBSIDIES", "E-1", LocalDate.of(2026, 5, 5), "粮食直补发放");
    VillageEvent decision = new VillageEvent(V, "DECISIONS", "E-2", LocalDate.of(2026, 5, 10), "村民代表会议");
    Inspection i = inspect(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
        List.of(subsidy, decision), List.of(
            new Publication(V, "SUBSIDIES", Optional.empty(), Optional.of("E-1"), LocalDate.of(2026, 5, 15)),
            new Publication(V, "DECISIONS", Optional.empty(), Optional.of("E-2"), LocalDate.of(2026, 5, 16)),
            new Publication(V, "DECISIONS", Optional.empty(), Optional.of("E-2"), LocalDate.of(2026, 5, 9))));
    assertEquals(2, i.due());
    // both due on the 15th (10 days after the 5th, 5 after the 10th): ordered by item code
    assertEquals(List.of("DECISIONS", "SUBSIDIES"), i.findings().stream().map(Inspection.Finding::itemCode).toList());
    Inspection.Finding decided = i.findings().get(0);
    Inspection.Finding paid = i.findings().get(1);
    assertEquals(LocalDate.of(2026, 5, 15), paid.dueOn());
    assertEquals(Inspection.Status.ON_TIME, paid.status()); // published on the due day
    // the earliest of two publications counts, even one before the event
    assertEquals(LocalDate.of(2026, 5, 9), decided.publishedOn().orElseThrow());
    assertEquals(Inspection.Status.ON_TIME, decided.status());
    assertEquals(new BigDecimal("100.0"), i.score());
    assertEquals(Grade.EXCELLENT, i.grade());
  }

  @Test
  void nothingDueScoresOneHundred() {
    Inspection i = inspect(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), List.of(), List.of());
    assertEquals(0, i.due());
    assertEquals(new BigDecimal("100.0"), i.score());
  }

  @Test
  void theScoreRoundsHalfUpToOneDecimal() {
    assertEquals(new BigDecimal("81.3"), Inspection.score(6, 1, 8)); // 81.25: half up, not half even
    assertEquals(new BigDecimal("93.8"), Inspection.score(7, 1, 8)); // 93.75
    assertEquals(new BigDecimal("66.7"), Inspection.score(2, 0, 3));
    assertEquals(new BigDecimal("0.0"), Inspection.score(0, 0, 5));
    assertEquals(Grade.GOOD, CATALOG.gradeOf(new BigDecimal("94.9")));
    assertEquals(Grade.EXCELLENT, CATALOG.gradeOf(new BigDecimal("95.0")));
    assertEquals(Grade.PASS, CATALOG.gradeOf(new BigDecimal("70.0")));
    assertEquals(Grade.FAIL, CATALOG.gradeOf(new BigDecimal("69.9")));
  }

  @Test
  void periodsAreWrittenTheWayTheirFrequencyIs() {
    assertEquals("2026-Q2", OpennessPeriod.parse(Frequency.QUARTERLY, "2026-Q2", "period").toString());
    assertEquals(LocalDate.of(2026, 7, 15), OpennessPeriod.parse(Frequency.QUARTERLY, "2026-Q2", "period").dueOn(15));
    assertEquals("INVALID_PERIOD", org.junit.jupiter.api.Assertions.assertThrows(civil.core.error.InvalidInputException.class,
        () -> OpennessPeriod.parse(Frequency.MONTHLY, "2026-Q2", "period")).code());
  }
}
