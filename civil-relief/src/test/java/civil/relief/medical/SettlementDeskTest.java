package civil.relief.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import civil.core.policy.NoPolicyInForceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SettlementDeskTest {
  private static final ResidentId RESIDENT = ResidentId.parse("410802194601031234");
  private static final PolicyYear Y2026 = PolicyYear.of(2026);

  private final InMemorySettlementLedger ledger = new InMemorySettlementLedger();
  private final AidCategoryRegister categories = new AidCategoryRegister(new InMemoryAidCategoryStore());
  private final SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), categories, ledger,
      Clock.fixed(Instant.parse("2026-04-02T08:00:00Z"), ZoneOffset.UTC));

  private static Bill bill(String id, long total, long inScope) {
    return Bill.of(id, RESIDENT, HospitalLevel.TERTIARY, CareType.INPATIENT, LocalDate.of(2026, 3, 1),
        Money.ofFen(total), Money.ofFen(inScope));
  }

  @Test
  void theCategoryInForceOnTheSettlementDayIsUsed() {
    categories.register(RESIDENT, new CategoryAssignment(AidCategory.ILLNESS_POOR,
        DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
    SettlementRecord first = desk.settle(bill("H-1", 2_500_000, 2_000_000)).record();
    assertEquals(AidCategory.ILLNESS_POOR, first.category());
    SettlementRecord second = desk.settle(bill("H-2", 6_000_000, 5_000_000)).record();
    assertEquals(List.of(3_185_000L, 648_000L, 700_200L, 1_466_800L), List.of(second.basicInsurance().fen(),
        second.criticalIllness().fen(), second.medicalAid().fen(), second.selfPay().fen()));
    assertEquals(709_200, desk.yearToDate(RESIDENT, Y2026).aidPaid().fen());
  }

  @Test
  void aResidentWithoutACategoryIsSettledAsNone() {
    assertEquals(AidCategory.NONE, desk.settle(bill("H-1", 300_000, 280_000)).record().category());
  }

  @Test
  void theSameBillAgainReturnsTheSameSettlement() {
    SettlementOutcome first = desk.settle(bill("H-1", 1_200_000, 1_000_000));
    SettlementOutcome again = desk.settle(bill("H-1", 1_200_000, 1_000_000));
    assertTrue(first.created());
    assertFalse(again.created());
    assertEquals(first.record(), again.record());
    assertEquals(first.record().yearToDateAfter(), desk.yearToDate(RESIDENT, Y2026));
  }

  @Test
  void theSameBillIdWithOtherContentIsAConflictAndChangesNothing() {
    desk.settle(bill("H-1", 1_200_000, 1_000_000));
    YearToDate before = desk.yearToDate(RESIDENT, Y2026);
    ConflictException e = assertThrows(ConflictException.class, () -> desk.settle(bill("H-1", 1_200_001, 1_000_000)));
    assertEquals("IDEMPOTENCY_CONFLICT", e.code());
    assertEquals(before, desk.yearToDate(RESIDENT, Y2026));
  }

  @Test
  void aReversalTakesOffExactlyItsContributionAndKeepsItsFigures() {
    SettlementRecord first = desk.settle(bill("H-1", 2_500_000, 2_000_000)).record();
    SettlementRecord second = desk.settle(bill("H-2", 6_000_000, 5_000_000)).record();
    SettlementRecord reversed = desk.reverse(first.settlementId());
    assertEquals(SettlementStatus.REVERSED, reversed.status());
    assertEquals(LocalDate.of(2026, 4, 2), reversed.reversedOn().orElseThrow());
    assertEquals(first.yearToDateAfter(), reversed.yearToDateAfter());
    assertEquals(first.basicInsurance(), reversed.basicInsurance());
    assertEquals(second.contribution(), desk.yearToDate(RESIDENT, Y2026));
    assertEquals(second, desk.settlement(second.settlementId()));
  }

  @Test
  void reversingTwiceIsAConflict() {
    SettlementRecord s = desk.settle(bill("H-1", 300_000, 280_000)).record();
    desk.reverse(s.settlementId());
    assertEquals("ALREADY_REVERSED", assertThrows(ConflictException.class, () -> desk.reverse(s.settlementId())).code());
    assertTrue(desk.yearToDate(RESIDENT, Y2026).isZero());
  }

  @Test
  void aReversedBillCanBeSettledAgain() {
    SettlementRecord s = desk.settle(bill("H-1", 300_000, 280_000)).record();
    desk.reverse(s.settlementId());
    SettlementOutcome again = desk.settle(bill("H-1", 300_000, 270_000));
    assertTrue(again.created());
    assertNotEquals(s.settlementId(), again.record().settlementId());
    assertEquals(again.record().yearToDateAfter(), desk.yearToDate(RESIDENT, Y2026));
  }

  @Test
  void unknownSettlementsAreNotFound() {
    assertThrows(NotFoundException.class, () -> desk.reverse("MA-99999999"));
  }

  @Test
  void aBillWithNoPolicyInForceIsRefusedAndNothingIsRecorded() {
    Bill old = Bill.of("H-0", RESIDENT, HospitalLevel.PRIMARY, CareType.INPATIENT, LocalDate.of(2025, 12, 31),
        Money.ofFen(1_000), Money.ofFen(1_000));
    assertThrows(NoPolicyInForceException.class, () -> desk.settle(old));
    assertTrue(ledger.settledOrReversedBetween(LocalDate.MIN, LocalDate.MAX).isEmpty());
  }

  @Test
  void concurrentDesksNeverPushAResidentPastACap() throws Exception {
    categories.register(RESIDENT, new CategoryAssignment(AidCategory.LOW_INCOME, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<SettlementOutcome>> futures = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Bill b = bill("C-" + i, 9_000_000, 8_000_000);
      futures.add(pool.submit(() -> desk.settle(b)));
    }
    Money basic = Money.zero();
    Money critical = Money.zero();
    Money aid = Money.zero();
    for (Future<SettlementOutcome> f : futures) {
      SettlementRecord r = f.get(30, TimeUnit.SECONDS).record();
      basic = basic.plus(r.basicInsurance());
      critical = critical.plus(r.criticalIllness());
      aid = aid.plus(r.medicalAid());
    }
    pool.shutdown();
    YearToDate ytd = desk.yearToDate(RESIDENT, Y2026);
    assertEquals(basic, ytd.basicPaid());
    assertEquals(critical, ytd.criticalPaid());
    assertEquals(aid, ytd.aidPaid());
    assertEquals(Money.ofYuan(200_000), ytd.basicPaid());
    assertEquals(Money.ofYuan(400_000), ytd.criticalPaid());
    assertEquals(Money.ofYuan(40_000), ytd.aidPaid());
  }
}
