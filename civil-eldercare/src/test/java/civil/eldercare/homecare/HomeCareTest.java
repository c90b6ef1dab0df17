package civil.eldercare.homecare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.ConflictException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.period.HalfYear;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeCareTest {
  private static final AreaCode WANGCHU = AreaCode.parse("410802001");
  private static final ResidentId BORN_1946 = ResidentId.parse("410802194601031234"); // 80 on 2026-01-03
  private static final ResidentId BORN_1960 = ResidentId.ofFirst17("41080219600301001"); // 66 in 2026
  private static final ResidentId BORN_1970 = ResidentId.ofFirst17("41080219700301001"); // 56 in 2026

  private final InMemoryDistrictRegister register = new InMemoryDistrictRegister()
      .register(BORN_1946).register(BORN_1960).register(BORN_1970);
  private final HomeCare homeCare = new HomeCare(EldercarePolicy.defaultRegistry(), new InMemoryHomeCareStore(), register);

  @Test
  void eightyYearOldsAreEligibleForTenHoursAndThreeNosEldersFromSixtyForThirty() {
    assertFalse(homeCare.check(BORN_1946, false, LocalDate.of(2026, 1, 2)).eligible());
    HomeCareDecision eighty = homeCare.check(BORN_1946, false, LocalDate.of(2026, 1, 3));
    assertTrue(eighty.eligible());
    assertEquals(10, eighty.fundedHours());
    assertEquals(30, homeCare.check(BORN_1946, true, LocalDate.of(2026, 1, 3)).fundedHours());
    assertEquals(30, homeCare.check(BORN_1960, true, LocalDate.of(2026, 5, 1)).fundedHours());
    assertFalse(homeCare.check(BORN_1960, false, LocalDate.of(2026, 5, 1)).eligible());
    HomeCareDecision young = homeCare.check(BORN_1970, true, LocalDate.of(2026, 5, 1));
    assertFalse(young.eligible());
    assertTrue(young.reasons().stream().anyMatch(r -> r.code() == HomeCareDecision.Code.THREE_NOS_UNDER_60));
  }

  @Test
  void aResidentNotRegisteredInTheDistrictIsNotEligibleWhateverTheIdSays() {
    ResidentId outsider = ResidentId.ofFirst17("41080219400101009"); // a 410802 ID, but not on the register
    HomeCareDecision d = homeCare.check(outsider, false, LocalDate.of(2026, 5, 1));
    assertFalse(d.eligible());
    assertEquals(HomeCareDecision.Code.NOT_REGISTERED_IN_DISTRICT, d.reasons().get(0).code());
  }

  @Test
  void onlyEligibleResidentsEnrolAndOnlyOnce() {
    assertEquals("NOT_ELIGIBLE", assertThrows(RefusedException.class,
        () -> homeCare.enrol(BORN_1970, WANGCHU, false, LocalDate.of(2026, 2, 1))).code());
    homeCare.enrol(BORN_1946, WANGCHU, false, LocalDate.of(2026, 2, 1));
    assertEquals("ALREADY_ENROLLED", assertThrows(ConflictException.class,
        () -> homeCare.enrol(BORN_1946, WANGCHU, false, LocalDate.of(2026, 3, 1))).code());
  }

  @Test
  void aWorkerServesAtMostEightEnrolledClients() {
    CareWorker w = homeCare.addWorker("刘护理员", WANGCHU, LocalDate.of(2026, 1, 10));
    for (int i = 0; i < 9; i++) {
      ResidentId elder = ResidentId.ofFirst17(String.format("4108021940010100%d", i));
      register.register(elder);
      HomeCareClient c = homeCare.enrol(elder, WANGCHU, false, LocalDate.of(2026, 2, 1));
      if (i < 8) {
        homeCare.assign(c.clientId(), w.workerId(), LocalDate.of(2026, 2, 1));
      } else {
        assertEquals("CASELOAD_FULL", assertThrows(RefusedException.class,
            () -> homeCare.assign(c.clientId(), w.workerId(), LocalDate.of(2026, 2, 1))).code());
      }
    }
  }

  @Test
  void visitsBeyondTheFundedHoursAreSelfPaidTheCrossingVisitSplit() {
    HomeCareClient c = homeCare.enrol(BORN_1946, WANGCHU, false, LocalDate.of(2026, 2, 1));
    CareWorker w = homeCare.addWorker("刘护理员", WANGCHU, LocalDate.of(2026, 1, 10));
    homeCare.recordVisit(w.workerId(), c.clientId(), LocalDate.of(2026, 3, 10), CareService.HOUSEKEEPING, 8); // 4 h
    homeCare.recordVisit(w.workerId(), c.clientId(), LocalDate.of(2026, 3, 20), CareService.HEALTH_CARE, 6); // 3 h
    // recorded later but dated earlier: counts first
    homeCare.recordVisit(w.workerId(), c.clientId(), LocalDate.of(2026, 3, 5), CareService.COMPANIONSHIP, 10); // 5 h
    MonthlyHours march = homeCare.month(c.clientId(), YearMonth.of(2026, 3));
    assertEquals(10, march.fundedHours());
    assertEquals(List.of(10, 8, 2), march.visits().stream().map(VisitHours::fundedHalfHours).toList());
    assertEquals(List.of(0, 0, 4), march.visits().stream().map(VisitHours::selfPaidHalfHours).toList());
    assertEquals(20, march.fundedHalfHoursUsed());
    assertEquals(4, march.selfPaidHalfHours());
  }

  @Test
  void fundedHoursFollowEligibilityOnTheFirstOfTheMonth() {
    ResidentId turns80InMarch = ResidentId.ofFirst17("41080219460315002");
    register.register(turns80InMarch);
    HomeCareClient c = homeCare.enrol(turns80InMarch, WANGCHU, false, LocalDate.of(2026, 3, 15));
    assertEquals(0, homeCare.month(c.clientId(), YearMonth.of(2026, 3)).fundedHours());
    assertEquals(10, homeCare.month(c.clientId(), YearMonth.of(2026, 4)).fundedHours());
  }

  @Test
  void aWorkerServesFromTheTrainingDate() {
    HomeCareClient c = homeCare.enrol(BORN_1946, WANGCHU, false, LocalDate.of(2026, 2, 1));
    CareWorker w = homeCare.addWorker("新护理员", WANGCHU, LocalDate.of(2026, 4, 1));
    assertEquals("WORKER_NOT_SERVING", assertThrows(RefusedException.class, () -> homeCare.recordVisit(
        w.workerId(), c.clientId(), LocalDate.of(2026, 3, 31), CareService.HOUSEKEEPING, 2)).code());
  }

  @Test
  void thePeriodFiguresCountNewAndTotalClientsAndWorkersAndHoursByService() {
    CareWorker old = homeCare.addWorker("老护理员", WANGCHU, LocalDate.of(2025, 10, 1));
    CareWorker fresh = homeCare.addWorker("新护理员", WANGCHU, LocalDate.of(2026, 3, 1));
    homeCare.addWorker("下半年", WANGCHU, LocalDate.of(2026, 7, 1));
    HomeCareClient a = homeCare.enrol(BORN_1946, WANGCHU, false, LocalDate.of(2026, 2, 1));
    HomeCareClient b = homeCare.enrol(BORN_1960, WANGCHU, true, LocalDate.of(2026, 5, 1));
    homeCare.end(b.clientId(), LocalDate.of(2026, 6, 10));
    homeCare.recordVisit(old.workerId(), a.clientId(), LocalDate.of(2026, 2, 3), CareService.HOUSEKEEPING, 24); // 12 h
    homeCare.recordVisit(fresh.workerId(), b.clientId(), LocalDate.of(2026, 5, 3), CareService.COMPANIONSHIP, 3);
    HomeCareFigures f = homeCare.figures(HalfYear.parse("2026-H1"));
    assertEquals(2, f.clientsEnrolled());
    assertEquals(1, f.clientsTotal());
    assertEquals(1, f.workersStarted());
    assertEquals(2, f.workersTotal());
    assertEquals(24, f.halfHoursByService().get(CareService.HOUSEKEEPING));
    assertEquals(3, f.halfHoursByService().get(CareService.COMPANIONSHIP));
    assertEquals(0, f.halfHoursByService().get(CareService.HEALTH_CARE));
    assertEquals(20 + 3, f.fundedHalfHours());
    assertEquals(4, f.selfPaidHalfHours());
  }
}
