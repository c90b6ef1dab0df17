package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import civil.api.Services;
import civil.api.testing.SetClock;
import civil.core.error.DomainException;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementTally;
import civil.relief.medical.YearToDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The database sums a period's settlements in place ({@code JdbcMedicalAid}'s tally) to exactly
 * what the rule ({@link SettlementTally#of}) makes of the same settlements read back: for random
 * settlements (several residents and categories, hospitals and manual claims, days either side of
 * the span, some paying no medical aid) and reversals made on random days, over random spans, now
 * and as of a random earlier instant. Runs on PostgreSQL when {@code CIVIL_TEST_DB_URL} is set.
 */
class SettlementTallyStoreTest {
  private static final List<Optional<HospitalCode>> HOSPITALS = List.of(Optional.empty(),
      Optional.of(HospitalCode.parse("H41080200001")), Optional.of(HospitalCode.parse("H41080200002")));
  private static final LocalDate ORIGIN = LocalDate.of(2025, 12, 1);

  /** A settlement (or, when {@code reverse}, the reversal of an earlier one) on day {@code day} after 1 Dec 2025. */
  record Step(boolean reverse, int resident, int hospital, int day, int totalYuan) {}

  static Gen<Step> steps() {
    return SourceDSL.integers().between(0, 3).zip(SourceDSL.integers().between(0, 5),
        SourceDSL.integers().between(0, 2), SourceDSL.integers().between(0, 240),
        SourceDSL.integers().between(1, 60_000),
        (kind, resident, hospital, day, yuan) -> new Step(kind == 0, resident, hospital, day, yuan));
  }

  @Test
  void theDatabaseSumsASpanToWhatTheRuleMakesOfItsSettlements() {
    qt().withExamples(12).withShrinkCycles(20)
        .forAll(SourceDSL.lists().of(steps()).ofSizeBetween(1, 60), SourceDSL.integers().between(0, 240),
            SourceDSL.integers().between(0, 240), SourceDSL.integers().between(0, 100))
        .checkAssert(SettlementTallyStoreTest::check);
  }

  private static void check(List<Step> history, int a, int b, int earlierPercent) {
    LocalDate from = ORIGIN.plusDays(Math.min(a, b));
    LocalDate to = ORIGIN.plusDays(Math.max(a, b));
    SetClock clock = new SetClock(ORIGIN.atStartOfDay().toInstant(ZoneOffset.UTC));
    try (Database db = open()) {
      Services s = Services.create(db, clock);
      List<ResidentId> residents = registered(s);
      List<String> settled = new ArrayList<>();
      List<Instant> instants = new ArrayList<>();
      int bill = 0;
      for (Step step : history) {
        play(s, clock, residents, settled, step, bill);
        instants.add(clock.instant());
        bill++;
      }
      assertEquals(SettlementTally.of(s.settlements().settledOrReversedBetween(from, to), from, to),
          s.settlements().tally(from, to), "the tally of " + from + ".." + to + " after " + history);
      Instant earlier = instants.get(instants.size() * earlierPercent / 101);
      assertEquals(db.asOf(earlier, () -> SettlementTally.of(s.settlements().settledOrReversedBetween(from, to), from,
              to)), db.asOf(earlier, () -> s.settlements().tally(from, to)),
          "the tally of " + from + ".." + to + " as of " + earlier + " after " + history);
    }
  }

  /**
   * The year to date is read from the resident's latest event (settlement or reversal) of the
   * year, not summed: after every step of a random history, for every resident and both policy
   * years it touches, it is what the year's standing settlements added, summed here from the
   * stored records.
   */
  @Test
  void aResidentsYearToDateIsWhatTheirStandingSettlementsOfTheYearAdded() {
    qt().withExamples(10).withShrinkCycles(20)
        .forAll(SourceDSL.lists().of(steps()).ofSizeBetween(1, 50))
        .checkAssert(history -> {
          SetClock clock = new SetClock(ORIGIN.atStartOfDay().toInstant(ZoneOffset.UTC));
          try (Database db = open()) {
            Services s = Services.create(db, clock);
            List<ResidentId> residents = registered(s);
            List<String> settled = new ArrayList<>();
            for (int step = 0; step < history.size(); step++) {
              play(s, clock, residents, settled, history.get(step), step);
              List<SettlementRecord> all = s.settlements().settledOrReversedBetween(ORIGIN.minusYears(1),
                  ORIGIN.plusYears(1));
              for (ResidentId r : residents) {
                for (PolicyYear year : List.of(PolicyYear.of(2025), PolicyYear.of(2026))) {
                  YearToDate added = YearToDate.zero();
                  for (SettlementRecord record : all) {
                    if (record.bill().residentId().equals(r) && record.policyYear().equals(year) && !record.isReversed()) {
                      added = added.plus(record.contribution());
                    }
                  }
                  assertEquals(added, s.settlements().yearToDate(r, year),
                      r + " in " + year + " after step " + step + " of " + history);
                }
              }
            }
          }
        });
  }

  @Test
  void aSpanWithNothingInItSumsToNothing() {
    try (Database db = open()) {
      Services s = Services.create(db, new SetClock(Instant.parse("2026-07-01T00:00:00Z")));
      SettlementTally none = s.settlements().tally(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
      assertEquals(SettlementTally.none(), none);
      assertTrue(none.lines().isEmpty());
    }
  }

  /** Six residents, the first five with an aid category each; the sixth has none. */
  private static List<ResidentId> registered(Services s) {
    List<ResidentId> residents = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      String first17 = String.format("41080219500101%03d", n + 1);
      ResidentId r = ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
      residents.add(r);
      if (n < 5) { // the sixth has no aid category: what is settled for them pays no medical aid, or is refused
        s.aidCategories().register(r, new CategoryAssignment(AidCategory.values()[n % AidCategory.values().length],
            DateRange.startingOn(ORIGIN.minusYears(1))));
      }
    }
    return residents;
  }

  /** Settles a bill, or reverses one settled before, on the step's day; a refusal stores nothing. */
  private static void play(Services s, SetClock clock, List<ResidentId> residents, List<String> settled, Step step,
      int bill) {
    // the clock walks through the days, so reversals fall on days in and out of the span
    clock.set(ORIGIN.plusDays(step.day()).atStartOfDay().toInstant(ZoneOffset.UTC).plusMillis(bill));
    try {
      if (step.reverse() && !settled.isEmpty()) {
        s.settlements().reverse(settled.get(step.totalYuan() % settled.size()));
      } else {
        long total = step.totalYuan() * 100L;
        settled.add(s.settlements().settle(Bill.of(HOSPITALS.get(step.hospital()), "B-" + bill,
            residents.get(step.resident()), HospitalLevel.values()[step.day() % HospitalLevel.values().length],
            CareType.values()[step.resident() % CareType.values().length], ORIGIN.plusDays(step.day()),
            Money.ofFen(total), Money.ofFen(total * (step.day() % 5) / 4))).record().settlementId());
      }
    } catch (DomainException refused) {
      // refused: nothing stored
    }
  }

  private static Database open() {
    return TestDatabases.open("tally");
  }

}
