package civil.relief.medical;

import static civil.core.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SettlementTallyTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 6, 30);
  private static final HospitalCode H1 = HospitalCode.parse("H41080200001");
  private static final HospitalCode H2 = HospitalCode.parse("H41080200002");
  private static final List<ResidentId> RESIDENTS = List.of(resident(1), resident(2), resident(3), resident(4));

  private static ResidentId resident(int n) {
    String first17 = String.format("41080219500101%03d", n);
    return ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
  }

  /** A stored settlement: half the total paid by basic insurance, then aid (if any) and the rest by the patient. */
  private static SettlementRecord record(String id, int resident, AidCategory category, Optional<HospitalCode> hospital,
      LocalDate settledOn, long totalFen, long aidFen, Optional<LocalDate> reversedOn) {
    Bill bill = Bill.of(hospital, "B-" + id, RESIDENTS.get(resident), HospitalLevel.SECONDARY, CareType.INPATIENT,
        settledOn, Money.ofFen(totalFen), Money.ofFen(totalFen));
    long basic = totalFen / 2;
    return SettlementRecord.of(id, bill, category, Money.ofFen(basic), Money.zero(), Money.ofFen(aidFen),
        Money.ofFen(totalFen - basic - aidFen), YearToDate.zero(), YearToDate.zero(), List.of(), "test",
        reversedOn);
  }

  @Test
  void countsStandingSettlementsOfTheSpanAndReversalsMadeInIt() {
    List<SettlementRecord> records = List.of(
        record("S1", 0, AidCategory.SUBSISTENCE, Optional.of(H1), LocalDate.of(2026, 2, 1), 1_000, 300, Optional.empty()),
        // a manual claim that paid no aid: counted, but aids nobody
        record("S2", 0, AidCategory.SUBSISTENCE, Optional.empty(), LocalDate.of(2026, 3, 1), 200, 0, Optional.empty()),
        // settled in the span, reversed after it: no longer counted, and its reversal belongs to August
        record("S3", 1, AidCategory.LOW_INCOME, Optional.of(H1), LocalDate.of(2026, 5, 1), 800, 100,
            Optional.of(LocalDate.of(2026, 8, 1))),
        // settled before the span, reversed in it: the reversal counts
        record("S4", 2, AidCategory.LOW_INCOME, Optional.of(H2), LocalDate.of(2025, 12, 20), 600, 50,
            Optional.of(LocalDate.of(2026, 1, 10))),
        // after the span
        record("S5", 2, AidCategory.LOW_INCOME, Optional.of(H1), LocalDate.of(2026, 7, 1), 400, 40, Optional.empty()));

    SettlementTally t = SettlementTally.of(records, FIRST, LAST);

    assertEquals(List.of(
        new SettlementTally.Line(AidCategory.SUBSISTENCE, Optional.empty(), 1, 200, 100, 0, 0, 100),
        new SettlementTally.Line(AidCategory.SUBSISTENCE, Optional.of(H1), 1, 1_000, 500, 0, 300, 200)), t.lines());
    assertEquals(2, t.settlements());
    assertEquals(1, t.residentsAided());
    assertEquals(Map.of(AidCategory.SUBSISTENCE, 1), t.residentsAidedBy());
    assertEquals(0, t.residentsAided(AidCategory.LOW_INCOME));
    assertEquals(1, t.reversals());
    assertEquals(SettlementTally.none(), SettlementTally.of(records, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
  }

  static Gen<List<SettlementRecord>> histories() {
    Gen<SettlementRecord> one = SourceDSL.integers().between(0, 3).zip(SourceDSL.integers().between(0, 4),
        SourceDSL.integers().between(0, 2), SourceDSL.integers().between(-40, 220), SourceDSL.integers().between(-1, 60),
        (resident, category, hospital, day, reversedAfter) -> {
          long total = 1_000L + 37L * (day + 40) * (resident + 1);
          long aid = (day & 1) == 0 ? 0 : total / 4;
          return record("S" + resident + category + hospital + day + reversedAfter, resident,
              AidCategory.values()[category], hospital == 0 ? Optional.empty() : Optional.of(hospital == 1 ? H1 : H2),
              FIRST.plusDays(day), total, aid,
              reversedAfter < 0 ? Optional.empty() : Optional.of(FIRST.plusDays(day + reversedAfter)));
        });
    return SourceDSL.lists().of(one).ofSizeBetween(0, 40);
  }

  @Test
  void theTallyAgreesWithItsSettlementsCountedOneByOneInAnyOrder() {
    qt().forAll(histories(), SourceDSL.longs().all()).checkAssert((records, seed) -> {
      SettlementTally t = SettlementTally.of(records, FIRST, LAST);
      List<SettlementRecord> counted = records.stream().filter(s -> SettlementTally.countsIn(s, FIRST, LAST)).toList();
      assertEquals(counted.size(), t.settlements());
      assertEquals(counted.stream().mapToLong(s -> s.medicalAid().fen()).sum(),
          t.lines().stream().mapToLong(SettlementTally.Line::medicalAidFen).sum());
      assertEquals(counted.stream().mapToLong(s -> s.bill().total().fen()).sum(),
          t.lines().stream().mapToLong(SettlementTally.Line::totalFen).sum());
      Set<ResidentId> aided = new HashSet<>();
      counted.stream().filter(s -> s.medicalAid().fen() > 0).forEach(s -> aided.add(s.bill().residentId()));
      assertEquals(aided.size(), t.residentsAided());
      for (AidCategory c : AidCategory.values()) {
        int inCategory = (int) counted.stream().filter(s -> s.category() == c).count();
        assertTrue(t.residentsAided(c) <= inCategory, "no more residents aided than settlements counted");
      }
      assertEquals(records.stream().filter(s -> s.reversedOn().filter(d -> !d.isBefore(FIRST) && !d.isAfter(LAST))
          .isPresent()).count(), t.reversals());
      List<SettlementRecord> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(t, SettlementTally.of(shuffled, FIRST, LAST), "the order the settlements come in does not matter");
    });
  }
}
