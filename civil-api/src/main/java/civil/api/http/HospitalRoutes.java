package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.api.json.Required;
import civil.core.error.Inputs;
import civil.core.error.NotFoundException;
import civil.core.identity.HospitalCode;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.relief.hospital.ClearingStatement;
import civil.relief.hospital.DesignatedHospital;
import civil.relief.hospital.HospitalRow;
import civil.relief.hospital.Reconciliation;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.SettlementStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Designated hospitals and the hospital interface: the registry, daily reconciliation (对账) and
 * monthly clearing statements (清算). A HOSPITAL token sees and acts for its own hospital only:
 * another hospital's records are "not found", another hospital named in a body is forbidden.
 */
public final class HospitalRoutes {
  private HospitalRoutes() {}

  record RegisterRequest(String hospitalCode, String name, HospitalLevel level, LocalDate designatedFrom,
      @Required Optional<LocalDate> designatedTo) {}

  record LevelRequest(HospitalLevel level, LocalDate from) {}

  record DesignationRequest(LocalDate from, @Required Optional<LocalDate> to) {}

  record SuspensionRequest(LocalDate from, @Required Optional<LocalDate> to, String reason) {}

  record LevelView(HospitalLevel level, LocalDate from) {}

  record PeriodView(LocalDate from, LocalDate to) {}

  record SuspensionView(LocalDate from, LocalDate to, String reason) {}

  /** A hospital with its whole history. */
  record HospitalView(String hospitalCode, String name, List<LevelView> levels, List<PeriodView> designations,
      List<SuspensionView> suspensions) {
    static HospitalView of(DesignatedHospital h) {
      return new HospitalView(h.code().value(), h.name(),
          h.levels().stream().map(l -> new LevelView(l.level(), l.from())).toList(),
          h.designations().stream().map(d -> new PeriodView(d.from(), d.to().orElse(null))).toList(),
          h.suspensions().stream().map(s -> new SuspensionView(s.period().from(), s.period().to().orElse(null),
              s.reason())).toList());
    }
  }

  record HospitalList(List<HospitalView> hospitals) {}

  record RowRequest(Optional<String> settlementId, String billId, SettlementStatus status, Long totalFen,
      Long basicInsuranceFen, Long criticalIllnessFen, Long medicalAidFen, Long selfPayFen) {
    HospitalRow value() {
      return new HospitalRow(settlementId, billId, status, Money.ofFen(totalFen), Money.ofFen(basicInsuranceFen),
          Money.ofFen(criticalIllnessFen), Money.ofFen(medicalAidFen), Money.ofFen(selfPayFen));
    }
  }

  record ReconciliationRequest(String hospitalCode, LocalDate date, List<RowRequest> settlements) {}

  record CountsView(int matched, int mismatched, int missingHere, int missingThere) {}

  record SideView(int settlements, long totalFen, long medicalAidFen) {}

  record DifferenceView(String billId, String settlementId, Reconciliation.Kind kind, String field, Long oursFen,
      Long theirsFen, String ours, String theirs) {}

  /** A day's reconciliation, as answered and kept. */
  record ReconciliationView(String reconciliationId, String hospitalCode, LocalDate date, boolean balanced,
      CountsView counts, SideView ours, SideView theirs, List<DifferenceView> differences) {
    static ReconciliationView of(Reconciliation r) {
      return new ReconciliationView(r.reconciliationId(), r.hospital().value(), r.date(), r.balanced(),
          new CountsView(r.counts().matched(), r.counts().mismatched(), r.counts().missingHere(), r.counts().missingThere()),
          new SideView(r.ours().settlements(), r.ours().total().fen(), r.ours().medicalAid().fen()),
          new SideView(r.theirs().settlements(), r.theirs().total().fen(), r.theirs().medicalAid().fen()),
          r.differences().stream().map(d -> new DifferenceView(d.billId(), d.settlementId().orElse(null), d.kind(),
              d.field().orElse(null), d.oursAmount().map(Money::fen).orElse(null),
              d.theirsAmount().map(Money::fen).orElse(null), d.ours().orElse(null), d.theirs().orElse(null))).toList());
    }
  }

  record ReconciliationList(List<ReconciliationView> reconciliations) {}

  record ClearingRequest(String hospitalCode, String month) {}

  record PaymentRequest(LocalDate paidOn) {}

  record LineView(String settlementId, String billId, LocalDate settledOn, ClearingStatement.Kind kind, long medicalAidFen) {}

  /** A monthly clearing statement. */
  record ClearingView(String clearingId, String hospitalCode, String month, ClearingStatement.Status status,
      List<LineView> lines, int settlementLines, int reversalLines, long medicalAidFen, long basicInsuranceFen,
      long criticalIllnessFen, LocalDate paidOn) {
    static ClearingView of(ClearingStatement s) {
      return new ClearingView(s.clearingId(), s.hospital().value(), s.month().toString(), s.status(),
          s.lines().stream().map(l -> new LineView(l.settlementId(), l.billId(), l.settledOn(), l.kind(),
              l.medicalAid().fen())).toList(), s.settlementLines(), s.reversalLines(), s.medicalAid().fen(),
          s.basicInsurance().fen(), s.criticalIllness().fen(), s.paidOn().orElse(null));
    }
  }

  record ClearingList(List<ClearingView> clearings) {}

  private static HospitalCode code(String field, String raw) {
    return Inputs.parse(field, () -> HospitalCode.parse(raw));
  }

  /** The hospital a call acts for: a HOSPITAL token's own (another named is forbidden), else the one named. */
  private static HospitalCode actingFor(Call call, HospitalCode named) {
    Optional<HospitalCode> own = call.callerHospital();
    if (own.isPresent() && !own.get().equals(named)) {
      throw new HttpProblem(403, "FORBIDDEN", "a HOSPITAL token acts for its own hospital " + own.get() + " only");
    }
    return named;
  }

  /** A HOSPITAL token's own hospital, or, for others, the one the query names (all when none). */
  private static Optional<HospitalCode> scope(Call call) {
    Optional<HospitalCode> named = call.optionalQuery("hospitalCode").map(c -> code("hospitalCode", c));
    if (call.callerHospital().isPresent()) {
      return Optional.of(actingFor(call, named.orElse(call.callerHospital().get())));
    }
    return named;
  }

  /** Refuses, as "not found", a record of another hospital than a HOSPITAL token's own. */
  private static <T> T own(Call call, HospitalCode of, T record, String kind, String id) {
    if (call.callerHospital().isPresent() && !call.callerHospital().get().equals(of)) {
      throw new NotFoundException(kind, id);
    }
    return record;
  }

  static void register(RouteTable routes, Services s) {
    routes.post("/api/v1/hospitals", "Register a designated hospital (定点医院)", roles(Role.CASEWORKER),
        RegisterRequest.class, HospitalView.class, 201, call -> {
          RegisterRequest r = call.body(RegisterRequest.class);
          return HospitalView.of(s.hospitals().register(code("hospitalCode", r.hospitalCode()), r.name(), r.level(),
              r.designatedFrom(), r.designatedTo()));
        });
    routes.get("/api/v1/hospitals", "The designated hospitals (a HOSPITAL token: its own)",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), HospitalList.class, call -> new HospitalList(
            s.hospitals().all().stream().filter(h -> call.callerHospital().map(h.code()::equals).orElse(true))
                .map(HospitalView::of).toList()));
    routes.get("/api/v1/hospitals/{hospitalCode}", "A designated hospital with its history",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), HospitalView.class, call -> {
          HospitalCode code = code("hospitalCode", call.path("hospitalCode"));
          return HospitalView.of(own(call, code, s.hospitals().hospital(code), "hospital", code.value()));
        });
    routes.post("/api/v1/hospitals/{hospitalCode}/levels", "A hospital's level from a date (an upgrade, say)",
        roles(Role.CASEWORKER), LevelRequest.class, HospitalView.class, 200, call -> {
          LevelRequest r = call.body(LevelRequest.class);
          return HospitalView.of(s.hospitals().addLevel(code("hospitalCode", call.path("hospitalCode")), r.level(), r.from()));
        });
    routes.put("/api/v1/hospitals/{hospitalCode}/designations",
        "Add a designation period, or end the one starting on from", roles(Role.CASEWORKER), DesignationRequest.class,
        HospitalView.class, call -> {
          DesignationRequest r = call.body(DesignationRequest.class);
          return HospitalView.of(s.hospitals().putDesignation(code("hospitalCode", call.path("hospitalCode")), r.from(),
              r.to()));
        });
    routes.post("/api/v1/hospitals/{hospitalCode}/suspensions", "Suspend a hospital's designation (暂停联网)",
        roles(Role.CASEWORKER), SuspensionRequest.class, HospitalView.class, 200, call -> {
          SuspensionRequest r = call.body(SuspensionRequest.class);
          return HospitalView.of(s.hospitals().suspend(code("hospitalCode", call.path("hospitalCode")), r.from(), r.to(),
              r.reason()));
        });

    routes.post("/api/v1/medical-aid/reconciliations", "Reconcile a hospital's day of settlements (对账)",
        roles(Role.HOSPITAL, Role.CASEWORKER), ReconciliationRequest.class, ReconciliationView.class, 201, call -> {
          ReconciliationRequest r = call.body(ReconciliationRequest.class);
          HospitalCode hospital = actingFor(call, code("hospitalCode", r.hospitalCode()));
          return ReconciliationView.of(s.hospitalAccounts().reconcile(hospital, r.date(),
              r.settlements().stream().map(RowRequest::value).toList()));
        }).runsLong();
    routes.get("/api/v1/medical-aid/reconciliations", "Reconciliations (?hospitalCode=&from=&to=)",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), ReconciliationList.class, call -> {
          DateRange range = call.queryRange();
          return new ReconciliationList(s.hospitalAccounts().reconciliations(scope(call), range.from(),
              range.to().orElseThrow()).stream().map(ReconciliationView::of).toList());
        });
    routes.get("/api/v1/medical-aid/reconciliations/{reconciliationId}", "A reconciliation, as answered",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), ReconciliationView.class, call -> {
          String id = call.path("reconciliationId");
          Reconciliation r = s.hospitalAccounts().reconciliation(id);
          return ReconciliationView.of(own(call, r.hospital(), r, "reconciliation", id));
        });

    routes.post("/api/v1/medical-aid/clearings", "Draw a hospital's clearing statement for a month that has ended (清算)",
        roles(Role.CASEWORKER), ClearingRequest.class, ClearingView.class, 201, call -> {
          ClearingRequest r = call.body(ClearingRequest.class);
          YearMonth month = Fields.month("month", r.month());
          return ClearingView.of(s.hospitalAccounts().draw(code("hospitalCode", r.hospitalCode()), month));
        }).runsLong();
    routes.get("/api/v1/medical-aid/clearings", "Clearing statements (?hospitalCode=)",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), ClearingList.class,
        call -> new ClearingList(s.hospitalAccounts().statements(scope(call)).stream().map(ClearingView::of).toList()));
    routes.get("/api/v1/medical-aid/clearings/{clearingId}", "A clearing statement",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), ClearingView.class, call -> {
          String id = call.path("clearingId");
          ClearingStatement st = s.hospitalAccounts().statement(id);
          return ClearingView.of(own(call, st.hospital(), st, "clearing statement", id));
        });
    routes.post("/api/v1/medical-aid/clearings/{clearingId}/approval", "Approve a drafted statement",
        roles(Role.CASEWORKER), Void.class, ClearingView.class, 200,
        call -> ClearingView.of(s.hospitalAccounts().approve(call.path("clearingId"))));
    routes.post("/api/v1/medical-aid/clearings/{clearingId}/payment", "Record the payment of an approved statement",
        roles(Role.CASEWORKER), PaymentRequest.class, ClearingView.class, 200,
        call -> ClearingView.of(s.hospitalAccounts().pay(call.path("clearingId"), call.body(PaymentRequest.class).paidOn())));
  }
}
