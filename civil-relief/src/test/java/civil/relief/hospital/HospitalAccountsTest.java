package civil.relief.hospital;

import static civil.core.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.error.RefusedException;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.InMemoryAidCategoryStore;
import civil.relief.medical.InMemorySettlementLedger;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Reconciliation and clearing, against a world of one registered hospital and its settlements. */
class HospitalAccountsTest {
  private static final HospitalCode CODE = HospitalCode.parse("H41080200001");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** A hospital, its desk, its accounts; patients with aid so that every settlement carries medical aid. */
  private static final class World {
    final HospitalRegistry registry = new HospitalRegistry(new InMemoryHospitalStore());
    final InMemorySettlementLedger ledger = new InMemorySettlementLedger();
    final AidCategoryRegister categories = new AidCategoryRegister(new InMemoryAidCategoryStore());
    final SettlementDesk settlements = new SettlementDesk(MedicalAidPolicy.defaultRegistry(), categories, ledger,
        Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    final HospitalDesk desk = new HospitalDesk(registry, settlements);
    final HospitalAccounts accounts = new HospitalAccounts(registry, ledger, new InMemoryClearingStore(),
        Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    World() {
      registry.register(CODE, "人民医院", HospitalLevel.SECONDARY, LocalDate.of(2026, 1, 1), Optional.empty());
    }

    SettlementRecord settle(int patient, String billId, LocalDate on, long inScopeYuan) {
      ResidentId id = ResidentId.ofFirst17(String.format("41080219600101%03d", patient));
      if (categories.categoryOn(id, on) == AidCategory.NONE) {
        categories.register(id, new CategoryAssignment(AidCategory.SUBSISTENCE, DateRange.startingOn(LocalDate.of(2026, 1, 1))));
      }
      return desk.settle(new SettlementClaim(Optional.of(CODE), billId, id, Optional.empty(), CareType.INPATIENT, on,
          Money.ofYuan(inScopeYuan + 100), Money.ofYuan(inScopeYuan))).record();
    }
  }

  private static HospitalRow row(SettlementRecord s) {
    return new HospitalRow(Optional.of(s.settlementId()), s.bill().billId(),
        s.isReversed() ? SettlementStatus.REVERSED : SettlementStatus.SETTLED, s.bill().total(), s.basicInsurance(),
        s.criticalIllness(), s.medicalAid(), s.selfPay());
  }

  @Test
  void aReconciliationNamesEachKindOfDifference() {
    World w = new World();
    SettlementRecord same = w.settle(1, "B-1", DAY, 5_000);
    SettlementRecord byBill = w.settle(2, "B-2", DAY, 6_000);
    SettlementRecord reversed = w.settle(3, "B-3", DAY, 7_000);
    w.settlements.reverse(reversed.settlementId());
    SettlementRecord amounts = w.settle(4, "B-4", DAY, 8_000);
    SettlementRecord timedOut = w.settle(5, "B-5", DAY, 9_000);
    List<HospitalRow> theirs = List.of(
        row(same),
        new HospitalRow(Optional.empty(), "B-2", SettlementStatus.SETTLED, byBill.bill().total(), byBill.basicInsurance(),
            byBill.criticalIllness(), byBill.medicalAid(), byBill.selfPay()),
        row(reversed), // the hospital never heard of the reversal
        new HospitalRow(Optional.of(amounts.settlementId()), "B-4", SettlementStatus.SETTLED, amounts.bill().total(),
            amounts.basicInsurance(), amounts.criticalIllness(), amounts.medicalAid().plus(Money.ofFen(1)),
            amounts.selfPay().minus(Money.ofFen(1))),
        new HospitalRow(Optional.empty(), "B-9", SettlementStatus.SETTLED, Money.ofYuan(10), Money.zero(), Money.zero(),
            Money.zero(), Money.ofYuan(10)));
    Reconciliation r = w.accounts.reconcile(CODE, DAY, theirs);
    assertFalse(r.balanced());
    assertEquals(new Reconciliation.Counts(2, 2, 1, 1), r.counts());
    List<String> kinds = r.differences().stream().map(d -> d.kind() + d.field().map(f -> ":" + f).orElse("")).toList();
    assertEquals(List.of("STATUS_MISMATCH", "AMOUNT_MISMATCH:medicalAidFen", "AMOUNT_MISMATCH:selfPayFen", "MISSING_HERE",
        "MISSING_THERE"), kinds);
    assertEquals(timedOut.settlementId(), r.differences().get(4).settlementId().orElseThrow());
    assertEquals(4, r.ours().settlements()); // SETTLED ones only: the reversed one is left out
    assertEquals(5, r.theirs().settlements());
    assertEquals("DUPLICATE_ROW", assertThrows(InvalidInputException.class,
        () -> w.accounts.reconcile(CODE, DAY, List.of(row(same), row(same)))).code());
  }

  /** Every row of either side falls in exactly one count, and the day balances exactly when the hospital's books are the bureau's. */
  @Test
  void everyRowFallsInOneCountAndTheDayBalancesExactlyWhenTheBooksAgree() {
    qt(100).forAll(Generate.range(1, 8), Generate.longRange(0, Long.MAX_VALUE)).check((n, seed) -> {
      Random rnd = new Random(seed);
      World w = new World();
      List<SettlementRecord> ours = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        SettlementRecord s = w.settle(i, "B-" + i, DAY, 1_000 + rnd.nextInt(20_000));
        if (rnd.nextInt(4) == 0) {
          s = w.settlements.reverse(s.settlementId());
        }
        ours.add(s);
      }
      boolean altered = false;
      List<HospitalRow> theirs = new ArrayList<>();
      for (SettlementRecord s : ours) {
        int fault = rnd.nextInt(8);
        HospitalRow r = row(s);
        if (fault == 0) {
          altered = true; // the hospital never recorded it
          continue;
        } else if (fault == 1) {
          altered = true;
          r = new HospitalRow(r.settlementId(), r.billId(), r.status() == SettlementStatus.SETTLED
              ? SettlementStatus.REVERSED : SettlementStatus.SETTLED, r.total(), r.basicInsurance(), r.criticalIllness(),
              r.medicalAid(), r.selfPay());
        } else if (fault == 2) {
          altered = true;
          r = new HospitalRow(r.settlementId(), r.billId(), r.status(), r.total().plus(Money.ofFen(1)), r.basicInsurance(),
              r.criticalIllness(), r.medicalAid(), r.selfPay());
        } else if (fault == 3) {
          r = new HospitalRow(Optional.empty(), r.billId(), r.status(), r.total(), r.basicInsurance(), r.criticalIllness(),
              r.medicalAid(), r.selfPay()); // no id: paired by bill
        }
        theirs.add(r);
      }
      if (rnd.nextInt(4) == 0) {
        altered = true;
        theirs.add(new HospitalRow(Optional.empty(), "X-1", SettlementStatus.SETTLED, Money.ofYuan(1), Money.zero(),
            Money.zero(), Money.zero(), Money.ofYuan(1)));
      }
      Reconciliation r = w.accounts.reconcile(CODE, DAY, theirs);
      Reconciliation.Counts c = r.counts();
      return c.matched() + c.mismatched() + c.missingHere() == theirs.size()
          && c.matched() + c.mismatched() + c.missingThere() == ours.size()
          && r.balanced() == r.differences().isEmpty() && r.balanced() == !altered;
    });
  }

  @Test
  void aStatementIsForAMonthThatHasEndedInMonthOrderOncePerMonth() {
    World w = new World();
    w.settle(1, "B-1", LocalDate.of(2026, 3, 2), 5_000);
    ClearingStatement march = w.accounts.draw(CODE, YearMonth.of(2026, 3));
    assertEquals(1, march.settlementLines());
    assertEquals("CLEARING_EXISTS", assertThrows(ConflictException.class, () -> w.accounts.draw(CODE, YearMonth.of(2026, 3))).code());
    w.accounts.draw(CODE, YearMonth.of(2026, 5));
    assertEquals("CLEARING_OUT_OF_ORDER", assertThrows(ConflictException.class, () -> w.accounts.draw(CODE, YearMonth.of(2026, 4))).code());
    assertEquals("MONTH_NOT_ENDED", assertThrows(RefusedException.class, () -> w.accounts.draw(CODE, YearMonth.of(2026, 11))).code());
    assertEquals("CLEARING_NOT_APPROVED", assertThrows(ConflictException.class, () -> w.accounts.pay(march.clearingId(), LocalDate.of(2026, 4, 20))).code());
    assertEquals(ClearingStatement.Status.APPROVED, w.accounts.approve(march.clearingId()).status());
    assertEquals("CLEARING_NOT_DRAFT", assertThrows(ConflictException.class, () -> w.accounts.approve(march.clearingId())).code());
    ClearingStatement paid = w.accounts.pay(march.clearingId(), LocalDate.of(2026, 4, 20));
    assertEquals(ClearingStatement.Status.PAID, paid.status());
    assertEquals(march.lines(), paid.lines());
  }

  /**
   * Random interleavings of settlements (late uploads too), reversals and monthly statements: no
   * settlement is cleared twice, a reversal is netted only after its settlement was cleared and at
   * most once, and after each statement the net cleared equals the medical aid of the settlements
   * standing with days up to that statement's month.
   */
  @Test
  void clearingNeverClearsTwiceAndNetsEveryReversalOnce() {
    qt(60).forAll(Generate.longRange(0, Long.MAX_VALUE)).check(seed -> {
      Random rnd = new Random(seed);
      World w = new World();
      List<SettlementRecord> made = new ArrayList<>();
      int bill = 0;
      for (int month = 1; month <= 8; month++) {
        YearMonth m = YearMonth.of(2026, month);
        for (int k = rnd.nextInt(5); k > 0; k--) {
          // mostly this month, sometimes a late upload for an earlier one
          int settledMonth = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(month) : month;
          LocalDate on = YearMonth.of(2026, settledMonth).atDay(1 + rnd.nextInt(28));
          made.add(w.settle(rnd.nextInt(6), "B-" + (bill++), on, 500 + rnd.nextInt(30_000)));
        }
        for (SettlementRecord s : List.copyOf(made)) {
          if (rnd.nextInt(6) == 0 && !w.settlements.settlement(s.settlementId()).isReversed()) {
            w.settlements.reverse(s.settlementId());
          }
        }
        if (rnd.nextInt(3) > 0) {
          w.accounts.draw(CODE, m);
          List<ClearingStatement> all = w.accounts.statements(Optional.of(CODE));
          Set<String> cleared = new HashSet<>();
          Set<String> netted = new HashSet<>();
          long net = 0;
          for (ClearingStatement st : all) {
            for (ClearingStatement.Line l : st.lines()) {
              if (l.kind() == ClearingStatement.Kind.SETTLEMENT && !cleared.add(l.settlementId())) {
                return false;
              }
              if (l.kind() == ClearingStatement.Kind.REVERSAL && (!cleared.contains(l.settlementId())
                  || !netted.add(l.settlementId()))) {
                return false;
              }
            }
            net += st.medicalAid().fen();
          }
          long standing = 0;
          for (SettlementRecord s : made) {
            SettlementRecord now = w.settlements.settlement(s.settlementId());
            if (!now.isReversed() && !now.bill().settledOn().isAfter(m.atEndOfMonth())) {
              standing += now.medicalAid().fen();
            }
          }
          if (net != standing) {
            return false;
          }
        }
      }
      return true;
    });
  }
}
