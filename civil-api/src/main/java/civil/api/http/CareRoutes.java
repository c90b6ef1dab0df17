package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.money.Decimals;
import civil.core.period.DateRange;
import civil.eldercare.daycare.Attendance;
import civil.eldercare.daycare.DayCare;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.daycare.DayCareEnrolment;
import civil.eldercare.daycare.Utilisation;
import civil.eldercare.homecare.CareService;
import civil.eldercare.homecare.CareWorker;
import civil.eldercare.homecare.HomeCare;
import civil.eldercare.homecare.HomeCareClient;
import civil.eldercare.homecare.HomeCareDecision;
import civil.eldercare.homecare.MonthlyHours;
import civil.eldercare.homecare.Visit;
import civil.eldercare.homecare.VisitHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Home care (eligibility, clients, care workers, visits and the month's funded hours) and day care
 * (centres, enrolments, attendance and utilisation). Hours are JSON numbers in half-hour steps.
 */
public final class CareRoutes {
  private CareRoutes() {}

  // Home care

  record EligibilityRequest(String residentId, Boolean threeNos, LocalDate on) {}

  record ReasonView(HomeCareDecision.Code code, String text) {}

  record EligibilityView(String residentId, LocalDate on, int age, boolean eligible, List<ReasonView> reasons,
      int fundedHours) {
    static EligibilityView of(HomeCareDecision d) {
      return new EligibilityView(d.residentId().masked(), d.on(), d.age(), d.eligible(),
          d.reasons().stream().map(r -> new ReasonView(r.code(), r.text())).toList(), d.fundedHours());
    }
  }

  record EnrolRequest(String residentId, String subdistrict, Boolean threeNos, LocalDate enrolledOn) {}

  record ClientView(String clientId, String residentId, String subdistrict, boolean threeNos, LocalDate enrolledOn,
      LocalDate endedOn, String workerId) {
    static ClientView of(HomeCareClient c) {
      return new ClientView(c.clientId(), c.residentId().masked(), c.subdistrict().value(), c.threeNos(), c.enrolledOn(),
          c.endedOn().orElse(null), c.workerId().orElse(null));
    }
  }

  record ClientList(List<ClientView> clients) {}

  record EndRequest(LocalDate endedOn) {}

  record AssignRequest(String workerId, LocalDate on) {}

  record WorkerRequest(String name, String subdistrict, LocalDate trainedOn) {}

  record WorkerView(String workerId, String name, String subdistrict, LocalDate trainedOn) {
    static WorkerView of(CareWorker w) {
      return new WorkerView(w.workerId(), w.name(), w.subdistrict().value(), w.trainedOn());
    }
  }

  record WorkerList(List<WorkerView> workers) {}

  record VisitRequest(String workerId, String clientId, LocalDate date, CareService service, BigDecimal hours) {}

  record VisitView(String visitId, String workerId, String clientId, LocalDate date, CareService service,
      BigDecimal hours, BigDecimal fundedHours, BigDecimal selfPaidHours) {
    static VisitView of(VisitHours h) {
      Visit v = h.visit();
      return new VisitView(v.visitId(), v.workerId(), v.clientId(), v.date(), v.service(), v.hours(), h.fundedHours(),
          h.selfPaidHours());
    }
  }

  record MonthView(String clientId, String month, int fundedHours, BigDecimal fundedHoursUsed,
      BigDecimal selfPaidHours, List<VisitView> visits) {
    static MonthView of(MonthlyHours m) {
      return new MonthView(m.clientId(), m.month().toString(), m.fundedHours(),
          Decimals.halves(m.fundedHalfHoursUsed()), Decimals.halves(m.selfPaidHalfHours()),
          m.visits().stream().map(VisitView::of).toList());
    }
  }

  // Day care

  /** A centre to open; {@code openedOn} defaults to the day it is registered, like a home's. */
  record CentreRequest(String name, String subdistrict, Integer capacity, Optional<LocalDate> openedOn,
      Optional<Set<DayOfWeek>> openDays) {}

  record CentreView(String centreId, String name, String subdistrict, int capacity, LocalDate openedOn,
      List<DayOfWeek> openDays) {
    static CentreView of(DayCareCentre c) {
      return new CentreView(c.centreId(), c.name(), c.subdistrict().value(), c.capacity(), c.openedOn(),
          c.openDays().stream().sorted().toList());
    }
  }

  record CentreList(List<CentreView> centres) {}

  record DayEnrolRequest(String residentId, LocalDate enrolledOn) {}

  record DayEnrolmentView(String enrolmentId, String centreId, String residentId, LocalDate enrolledOn) {
    static DayEnrolmentView of(DayCareEnrolment e) {
      return new DayEnrolmentView(e.enrolmentId(), e.centreId(), e.residentId().masked(), e.enrolledOn());
    }
  }

  record DayEnrolmentList(List<DayEnrolmentView> enrolments) {}

  record AttendanceRequest(String residentId, LocalDate date) {}

  record AttendanceView(String centreId, String residentId, LocalDate date) {
    static AttendanceView of(Attendance a) {
      return new AttendanceView(a.centreId(), a.residentId().masked(), a.date());
    }
  }

  record UtilisationView(String centreId, LocalDate from, LocalDate to, long attendanceDays, int capacity,
      long openDays, long placeDays, BigDecimal utilisationPercent) {
    static UtilisationView of(Utilisation u, LocalDate from, LocalDate to) {
      return new UtilisationView(u.centreId(), from, to, u.attendanceDays(), u.capacity(), u.openDays(), u.placeDays(),
          u.placeDays() == 0 ? BigDecimal.ZERO : u.ratio().percentValue());
    }
  }


  static void register(RouteTable routes, Services s) {
    HomeCare care = s.homeCare();
    routes.post("/api/v1/home-care/eligibility", "Whether a resident is eligible for home care on a day, and why"
            + " (stores nothing)", roles(Role.CASEWORKER, Role.AUDITOR), EligibilityRequest.class, EligibilityView.class, 200, call -> {
          EligibilityRequest r = call.body(EligibilityRequest.class);
          return EligibilityView.of(care.check(Fields.residentId("residentId", r.residentId()), r.threeNos(), r.on()));
        });
    routes.post("/api/v1/home-care/clients", "Enrol an eligible resident in home care", roles(Role.CASEWORKER),
        EnrolRequest.class, ClientView.class, 201, call -> {
          EnrolRequest r = call.body(EnrolRequest.class);
          return ClientView.of(care.enrol(Fields.residentId("residentId", r.residentId()),
              Fields.area("subdistrict", r.subdistrict(), AreaCode.Level.SUBDISTRICT), r.threeNos(), r.enrolledOn()));
        });
    routes.get("/api/v1/home-care/clients", "Every home-care client", roles(Role.CASEWORKER, Role.AUDITOR),
        ClientList.class, call -> new ClientList(care.clients().stream().map(ClientView::of).toList()));
    routes.get("/api/v1/home-care/clients/{clientId}", "A home-care client", roles(Role.CASEWORKER, Role.AUDITOR),
        ClientView.class, call -> ClientView.of(care.client(call.path("clientId"))));
    routes.post("/api/v1/home-care/clients/{clientId}/end", "End a client's enrolment", roles(Role.CASEWORKER),
        EndRequest.class, ClientView.class, 200,
        call -> ClientView.of(care.end(call.path("clientId"), call.body(EndRequest.class).endedOn())));
    routes.post("/api/v1/home-care/clients/{clientId}/assignment", "Assign a care worker (at most 8 clients each)",
        roles(Role.CASEWORKER), AssignRequest.class, ClientView.class, 200, call -> {
          AssignRequest r = call.body(AssignRequest.class);
          return ClientView.of(care.assign(call.path("clientId"), r.workerId(), r.on()));
        });
    routes.get("/api/v1/home-care/clients/{clientId}/months/{month}",
        "A client's month (yyyy-MM): funded hours and how each visit counts", roles(Role.CASEWORKER, Role.AUDITOR),
        MonthView.class, call -> MonthView.of(care.month(call.path("clientId"),
            Fields.month("month", call.path("month")))));
    routes.post("/api/v1/home-care/workers", "Add a trained care worker", roles(Role.CASEWORKER), WorkerRequest.class,
        WorkerView.class, 201, call -> {
          WorkerRequest r = call.body(WorkerRequest.class);
          return WorkerView.of(care.addWorker(r.name(), Fields.area("subdistrict", r.subdistrict(),
              AreaCode.Level.SUBDISTRICT), r.trainedOn()));
        });
    routes.get("/api/v1/home-care/workers", "Every care worker", roles(Role.CASEWORKER, Role.AUDITOR), WorkerList.class,
        call -> new WorkerList(care.workers().stream().map(WorkerView::of).toList()));
    routes.post("/api/v1/home-care/visits", "Record a visit; the answer says how its hours count this month",
        roles(Role.CASEWORKER), VisitRequest.class, VisitView.class, 201, call -> {
          VisitRequest r = call.body(VisitRequest.class);
          int halfHours = Visit.halfHoursOf(r.hours());
          return VisitView.of(care.recordVisit(r.workerId(), r.clientId(), r.date(), r.service(), halfHours));
        });

    DayCare day = s.dayCare();
    routes.post("/api/v1/day-care/centres", "Open a day-care centre (open Monday to Friday unless openDays says)",
        roles(Role.CASEWORKER), CentreRequest.class, CentreView.class, 201, call -> {
          CentreRequest r = call.body(CentreRequest.class);
          return CentreView.of(day.addCentre(r.name(), Fields.area("subdistrict", r.subdistrict(),
              AreaCode.Level.SUBDISTRICT), r.capacity(), r.openedOn().orElse(call.today()), r.openDays().orElse(DayCareCentre.weekdays())));
        });
    routes.get("/api/v1/day-care/centres", "Every day-care centre", roles(Role.CASEWORKER, Role.AUDITOR),
        CentreList.class, call -> new CentreList(day.centres().stream().map(CentreView::of).toList()));
    routes.post("/api/v1/day-care/centres/{centreId}/enrolments", "Enrol an elder at a centre", roles(Role.CASEWORKER),
        DayEnrolRequest.class, DayEnrolmentView.class, 201, call -> {
          DayEnrolRequest r = call.body(DayEnrolRequest.class);
          return DayEnrolmentView.of(day.enrol(call.path("centreId"), Fields.residentId("residentId", r.residentId()),
              r.enrolledOn()));
        });
    routes.get("/api/v1/day-care/centres/{centreId}/enrolments", "A centre's enrolments",
        roles(Role.CASEWORKER, Role.AUDITOR), DayEnrolmentList.class,
        call -> new DayEnrolmentList(day.enrolments(call.path("centreId")).stream().map(DayEnrolmentView::of).toList()));
    routes.post("/api/v1/day-care/centres/{centreId}/attendance", "Record a day's attendance", roles(Role.CASEWORKER),
        AttendanceRequest.class, AttendanceView.class, 201, call -> {
          AttendanceRequest r = call.body(AttendanceRequest.class);
          return AttendanceView.of(day.recordAttendance(call.path("centreId"),
              Fields.residentId("residentId", r.residentId()), r.date()));
        });
    routes.get("/api/v1/day-care/centres/{centreId}/utilisation", "Attendance-days ÷ (capacity × open days) (?from=&to=)",
        roles(Role.CASEWORKER, Role.AUDITOR), UtilisationView.class, call -> {
          DateRange range = call.queryRange();
          LocalDate from = range.from();
          LocalDate to = range.to().orElseThrow();
          if (to.toEpochDay() - from.toEpochDay() > 3_660) {
            throw new InvalidInputException("DATE_RANGE", "to", "at most ten years from " + from);
          }
          return UtilisationView.of(day.utilisation(call.path("centreId"), from, to), from, to);
        });
  }
}
