package civil.eldercare.homecare;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.period.HalfYear;
import civil.core.policy.PolicyRegistry;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Home care (居家养老), an application service: eligibility checks, enrolment (voluntary, dated,
 * only when eligible that day), care workers and their caseload (at most 8 enrolled clients),
 * visits, the month's funded and self-paid hours, and the period's figures.
 */
public final class HomeCare {
  private final PolicyRegistry<EldercarePolicy> policies;
  private final HomeCareStore store;
  private final DistrictRegister register;

  public HomeCare(PolicyRegistry<EldercarePolicy> policies, HomeCareStore store, DistrictRegister register) {
    this.policies = requireNonNull(policies);
    this.store = requireNonNull(store);
    this.register = requireNonNull(register);
  }

  /** Whether a resident is eligible on {@code on}, and why. */
  public HomeCareDecision check(ResidentId residentId, boolean threeNos, LocalDate on) {
    return HomeCareEligibility.decide(residentId, threeNos, register.isRegistered(residentId, on), on,
        policies.inForceOn(on));
  }

  /**
   * Enrols an eligible resident.
   *
   * @throws RefusedException {@code NOT_ELIGIBLE} if they are not eligible on the day
   * @throws ConflictException {@code ALREADY_ENROLLED} if they are enrolled already
   */
  public HomeCareClient enrol(ResidentId residentId, AreaCode subdistrict, boolean threeNos, LocalDate on) {
    HomeCareDecision decision = check(residentId, threeNos, on);
    if (!decision.eligible()) {
      throw new RefusedException("NOT_ELIGIBLE", residentId.masked() + " is not eligible for home care on " + on + ": "
          + decision.reasons().stream().map(HomeCareDecision.Reason::text).collect(Collectors.joining("，")));
    }
    return store.addClient(residentId.value(), (id, earlier) -> {
      for (HomeCareClient c : earlier) {
        if (c.endedOn().isEmpty() || !c.endedOn().get().isBefore(on)) {
          throw new ConflictException("ALREADY_ENROLLED", residentId.masked() + " is already enrolled as " + c.clientId());
        }
      }
      return HomeCareClient.of(id, residentId, subdistrict, threeNos, on);
    });
  }

  public HomeCareClient end(String clientId, LocalDate on) {
    return store.replaceClient(clientId, c -> c.endedOn(on));
  }

  /**
   * @throws NotFoundException if there is no such client
   */
  public HomeCareClient client(String clientId) {
    return store.client(clientId).orElseThrow(() -> new NotFoundException("home-care client", clientId));
  }

  public List<HomeCareClient> clients() {
    return store.clients();
  }

  public CareWorker addWorker(String name, AreaCode subdistrict, LocalDate trainedOn) {
    return store.addWorker(id -> CareWorker.of(id, name, subdistrict, trainedOn));
  }

  /**
   * @throws NotFoundException if there is no such worker
   */
  public CareWorker worker(String workerId) {
    return store.worker(workerId).orElseThrow(() -> new NotFoundException("care worker", workerId));
  }

  public List<CareWorker> workers() {
    return store.workers();
  }

  /**
   * Assigns a worker to an enrolled client.
   *
   * @throws RefusedException {@code CASELOAD_FULL} if the worker already has the most clients allowed
   */
  public HomeCareClient assign(String clientId, String workerId, LocalDate on) {
    worker(workerId);
    int caseload = policies.inForceOn(on).homeCare().workerCaseload();
    return store.assign(clientId, workerId, (client, assigned) -> {
      long current = assigned.stream().filter(c -> c.isEnrolledOn(on) && !c.clientId().equals(clientId)).count();
      if (current >= caseload) {
        throw new RefusedException("CASELOAD_FULL", "care worker " + workerId + " already serves " + current
            + " clients, the most allowed");
      }
      if (!client.isEnrolledOn(on)) {
        throw new RefusedException("NOT_ENROLLED", "client " + clientId + " is not enrolled on " + on);
      }
      return client.assignedTo(workerId);
    });
  }

  /**
   * Records a visit and returns how its hours count in the month so far.
   *
   * @throws RefusedException {@code WORKER_NOT_SERVING} or {@code NOT_ENROLLED} when the worker had
   *     not started or the client was not enrolled on the day
   */
  public VisitHours recordVisit(String workerId, String clientId, LocalDate date, CareService service, int halfHours) {
    CareWorker worker = worker(workerId);
    HomeCareClient client = client(clientId);
    if (!worker.isServingOn(date)) {
      throw new RefusedException("WORKER_NOT_SERVING", worker.name() + " serves from " + worker.trainedOn()
          + (worker.leftOn().map(l -> " to " + l).orElse("")) + ", not on " + date);
    }
    if (!client.isEnrolledOn(date)) {
      throw new RefusedException("NOT_ENROLLED", "client " + clientId + " is not enrolled on " + date);
    }
    Visit visit = store.addVisit(id -> Visit.of(id, workerId, clientId, date, service, halfHours));
    return month(clientId, YearMonth.from(date)).visits().stream()
        .filter(v -> v.visit().visitId().equals(visit.visitId())).findFirst().orElseThrow();
  }

  /**
   * The client's month: funded hours (eligibility on the 1st) and every visit's split. A month in
   * which no eldercare policy is in force funds no hours: a read never fails for want of a policy.
   */
  public MonthlyHours month(String clientId, YearMonth month) {
    HomeCareClient client = client(clientId);
    LocalDate first = month.atDay(1);
    int funded = policies.find(first).isEmpty() ? 0 : check(client.residentId(), client.threeNos(), first).fundedHours();
    return MonthlyHours.count(clientId, month, funded, store.visits(clientId, first, month.atEndOfMonth()));
  }

  /** Every visit dated from {@code from} to {@code to}, in the order recorded. */
  public List<Visit> visitsBetween(LocalDate from, LocalDate to) {
    return store.visitsBetween(from, to);
  }

  /** The period's figures for the half-year report. */
  public HomeCareFigures figures(HalfYear period) {
    List<Visit> visits = store.visitsBetween(period.firstDay(), period.lastDay());
    HomeCareCounts counts = HomeCareCounts.of(period, store.clients(), store.workers(), visits);
    int funded = 0;
    int selfPaid = 0;
    Set<String> clientMonths = new LinkedHashSet<>();
    visits.forEach(v -> clientMonths.add(v.clientId() + "|" + YearMonth.from(v.date())));
    for (String key : clientMonths) {
      String[] parts = key.split("\\|");
      MonthlyHours m = month(parts[0], YearMonth.parse(parts[1]));
      funded += m.fundedHalfHoursUsed();
      selfPaid += m.selfPaidHalfHours();
    }
    return new HomeCareFigures(period, counts.clientsEnrolled(), counts.clientsTotal(), counts.workersStarted(),
        counts.workersTotal(), counts.halfHoursByService(), funded, selfPaid);
  }
}
