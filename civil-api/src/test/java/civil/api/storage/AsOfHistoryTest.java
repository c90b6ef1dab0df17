package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import civil.api.Services;
import civil.api.json.Json;
import civil.api.report.ReportSource;
import civil.api.testing.SetClock;
import civil.core.error.DomainException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.HalfYear;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.SettlementRecord;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.supplies.SupplyCategory;
import civil.relief.supplies.SupplyUnit;
import civil.report.AreaNames;
import civil.report.HalfYearReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * For random histories of casework (settlements and their reversals, homes and their occupancy
 * corrected month by month, supply items whose reserve target moves, stock received), the report as
 * of any instant T equals the report the live records gave at T, however much is recorded, changed
 * or reversed after T. The live report at T is the oracle: it is computed from the records that
 * existed then, by the ordinary reads, with no history involved.
 */
class AsOfHistoryTest {
  private static final HalfYear H1 = HalfYear.parse("2026-H1");
  private static final AreaNames NAMES = AreaNames.jiefang();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** One step of a history: what to do, with two free numbers, then how far the clock moves on. */
  record Step(int kind, int a, int b, long advanceMillis, boolean snapshot) {}

  static Gen<Step> steps() {
    // clock steps from 1 ms (two records a millisecond apart) to three days
    Gen<Long> advance = Generate.pick(List.of(1L, 1L, 60_000L, 3_600_000L, 86_400_000L, 3 * 86_400_000L));
    return SourceDSL.integers().between(0, 6).zip(SourceDSL.integers().between(0, 999),
        SourceDSL.integers().between(0, 999), advance, SourceDSL.booleans().all(), Step::new);
  }

  @Test
  void theReportAsOfAnyInstantIsTheReportThatInstantGaveWhateverIsRecordedLater() {
    qt().withExamples(10).withShrinkCycles(20)
        .forAll(SourceDSL.lists().of(steps()).ofSizeBetween(5, 40))
        .checkAssert(AsOfHistoryTest::replay);
  }

  private static void replay(List<Step> history) {
    SetClock clock = new SetClock(Instant.parse("2026-06-20T02:00:00Z"));
    String url = "jdbc:h2:mem:asof" + DATABASES.incrementAndGet()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    try (Database db = Database.open(url, "", "", 2)) {
      Services s = Services.create(db, clock);
      List<ResidentId> residents = new ArrayList<>();
      for (int n = 1; n <= 4; n++) {
        String first17 = String.format("41080219620101%03d", n);
        ResidentId r = ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
        residents.add(r);
        s.aidCategories().register(r, new CategoryAssignment(AidCategory.values()[n % AidCategory.values().length],
            DateRange.startingOn(LocalDate.of(2026, 1, 1))));
      }
      List<String> settlements = new ArrayList<>();
      List<String> homes = new ArrayList<>();
      List<String> items = new ArrayList<>();
      Map<Instant, String> seen = new LinkedHashMap<>();
      int bill = 0;
      for (Step step : history) {
        try {
          switch (step.kind()) {
            case 0 -> settlements.add(s.settlements().settle(Bill.of("B-" + bill++, residents.get(step.a() % 4),
                HospitalLevel.SECONDARY, CareType.INPATIENT, LocalDate.of(2026, 1, 1).plusDays(step.b() % 200),
                Money.ofFen(100_000 + step.b() * 1_000L), Money.ofFen(80_000 + step.b() * 500L))).record().settlementId());
            case 1 -> {
              if (!settlements.isEmpty()) {
                s.settlements().reverse(settlements.get(step.a() % settlements.size()));
              }
            }
            case 2 -> homes.add(s.nursingHomes().addHome("院" + step.a(), AreaCode.parse("410802001"), 10 + step.b() % 90,
                LocalDate.of(2025, 12, 1).plusDays(step.a() % 250)).homeId());
            case 3 -> {
              if (!homes.isEmpty()) {
                s.nursingHomes().recordOccupancy(homes.get(step.a() % homes.size()), YearMonth.of(2026, 1 + step.b() % 6),
                    step.b() % 10);
              }
            }
            case 4 -> items.add(s.supplies().addItem("物资" + step.a(), SupplyUnit.values()[0],
                SupplyCategory.values()[step.a() % SupplyCategory.values().length],
                Optional.of(Quantity.ofUnits(step.b()))).itemId());
            case 5 -> {
              if (!items.isEmpty()) {
                s.supplies().setReserveTarget(items.get(step.a() % items.size()), Quantity.ofUnits(step.b()));
              }
            }
            default -> {
              if (!items.isEmpty()) {
                s.supplies().receive(items.get(step.a() % items.size()), LocalDate.of(2026, 1, 1).plusDays(step.b() % 180),
                    Quantity.ofUnits(1 + step.b()), Money.ofFen(100L * (1 + step.a())), Movement.Source.PURCHASE,
                    Optional.empty());
              }
            }
          }
        } catch (DomainException refused) {
          // a refused step stores nothing, which the report as of later instants shows too
        }
        if (step.snapshot()) {
          seen.put(clock.instant(), json(HalfYearReport.compute(ReportSource.collect(s, H1), NAMES, clock.instant())));
        }
        clock.advance(Duration.ofMillis(step.advanceMillis()));
      }
      for (Map.Entry<Instant, String> then : seen.entrySet()) {
        Instant t = then.getKey();
        String asOf = json(HalfYearReport.compute(db.asOf(t, () -> ReportSource.collect(s, H1)), NAMES, t));
        assertEquals(then.getValue(), asOf, "the report as of " + t + " after " + history);
      }
    }
  }

  private static String json(HalfYearReport report) {
    try {
      return Json.mapper().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
