package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.json.Required;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import civil.relief.hospital.HospitalDesk;
import civil.relief.hospital.SettlementClaim;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.ResidentAidCategories;
import civil.relief.medical.Settlement;
import civil.relief.medical.SettlementChannel;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementOutcome;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementStep;
import civil.relief.medical.YearToDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Medical aid: aid-category ranges, settlements, reversals and year-to-date totals. */
public final class MedicalAidRoutes {
  private MedicalAidRoutes() {}

  /** {@code PUT /residents/{residentId}/aid-category}. */
  /** An aid-category range; {@code to} must be given, {@code null} for an open range, since it decides later aid. */
  record CategoryRequest(AidCategory category, LocalDate from, @Required Optional<LocalDate> to) {}

  record CategoryRange(AidCategory category, LocalDate from, LocalDate to) {}

  record CategoriesView(String residentId, List<CategoryRange> ranges) {
    static CategoriesView of(ResidentAidCategories c) {
      return new CategoriesView(c.residentId().masked(), c.assignments().stream()
          .map(a -> new CategoryRange(a.category(), a.range().from(), a.range().to().orElse(null))).toList());
    }
  }

  /**
   * {@code POST /medical-aid/settlements}: the bill, as the hospital sends it. A HOSPITAL token
   * settles for its own hospital; others name one, or none for a manual claim (which then names its level).
   */
  record BillRequest(String billId, Optional<String> hospitalCode, String residentId,
      Optional<HospitalLevel> hospitalLevel, CareType careType, LocalDate settledOn, Long totalFen, Long inScopeFen) {
    SettlementClaim claim(Call call) {
      Optional<HospitalCode> named = hospitalCode.map(c -> Inputs.parse("hospitalCode", () -> HospitalCode.parse(c)));
      Optional<HospitalCode> own = call.callerHospital();
      if (own.isPresent() && named.isPresent() && !named.equals(own)) {
        throw new HttpProblem(403, "FORBIDDEN", "a HOSPITAL token settles for its own hospital " + own.get() + " only");
      }
      return new SettlementClaim(own.isPresent() ? own : named, billId, Fields.residentId("residentId", residentId),
          hospitalLevel, careType, settledOn, Money.ofFen(totalFen), Money.ofFen(inScopeFen));
    }
  }

  record YearToDateView(long basicPaidFen, long criticalBaseFen, long criticalPaidFen, long aidBaseFen,
      long aidPaidFen) {
    static YearToDateView of(YearToDate y) {
      return new YearToDateView(y.basicPaid().fen(), y.criticalBase().fen(), y.criticalPaid().fen(), y.aidBase().fen(),
          y.aidPaid().fen());
    }
  }

  record StepView(SettlementStep.Rule rule, SettlementStep.Payer payer, String text, Map<String, Long> figures) {}

  record SettlementView(String settlementId, String hospitalCode, SettlementChannel channel, String billId,
      String residentId, String hospitalLevel, String careType, LocalDate settledOn, long totalFen, long inScopeFen,
      AidCategory aidCategory, long basicInsuranceFen, long criticalIllnessFen, long medicalAidFen, long selfPayFen,
      String status, LocalDate reversedOn, String policyVersion, List<StepView> steps, YearToDateView yearToDateBefore,
      YearToDateView yearToDateAfter) {
    static SettlementView of(SettlementRecord r) {
      return of(r.settlementId(), r.bill(), r.category(), r.basicInsurance(), r.criticalIllness(), r.medicalAid(),
          r.selfPay(), r.status().name(), r.reversedOn().orElse(null), r.policyVersion(), r.steps(), r.yearToDateBefore(),
          r.yearToDateAfter());
    }

    /** A trial settlement (预结算): no id, status {@code PREVIEW}. */
    static SettlementView preview(Settlement s) {
      return of(null, s.bill(), s.category(), s.basicInsurance(), s.criticalIllness(), s.medicalAid(), s.selfPay(),
          "PREVIEW", null, s.policyVersion(), s.steps(), s.yearToDateBefore(), s.yearToDateAfter());
    }

    private static SettlementView of(String id, Bill b, AidCategory category, Money basic, Money critical, Money aid,
        Money self, String status, LocalDate reversedOn, String policyVersion, List<SettlementStep> steps,
        YearToDate before, YearToDate after) {
      return new SettlementView(id, b.hospital().map(HospitalCode::value).orElse(null), b.channel(), b.billId(),
          b.residentId().masked(), b.hospitalLevel().name(), b.careType().name(), b.settledOn(), b.total().fen(),
          b.inScope().fen(), category, basic.fen(), critical.fen(), aid.fen(), self.fen(), status, reversedOn,
          policyVersion, steps.stream().map(st -> new StepView(st.rule(), st.rule().payer(), st.text(), st.figures())).toList(),
          YearToDateView.of(before), YearToDateView.of(after));
    }
  }

  /**
   * A settlement as the caller may see it: a HOSPITAL token sees its own hospital's only, and
   * another's is "not found" (its existence is not revealed).
   */
  static SettlementRecord visible(Call call, SettlementDesk desk, String settlementId) {
    SettlementRecord r = desk.settlement(settlementId);
    Optional<HospitalCode> own = call.callerHospital();
    if (call.caller().map(c -> c.role() == Role.HOSPITAL).orElse(false) && !r.bill().hospital().equals(own)) {
      throw new NotFoundException("settlement", settlementId);
    }
    return r;
  }

  static void register(RouteTable routes, AidCategoryRegister categories, SettlementDesk desk, HospitalDesk hospitals) {
    routes.put("/api/v1/residents/{residentId}/aid-category", "Register a resident's aid category for a date range",
        roles(Role.CASEWORKER), CategoryRequest.class, CategoriesView.class, call -> {
          ResidentId resident = Fields.residentId("residentId", call.path("residentId"));
          CategoryRequest body = call.body(CategoryRequest.class);
          CategoryAssignment assignment = new CategoryAssignment(body.category(), DateRange.of(body.from(), body.to()));
          return CategoriesView.of(categories.register(resident, assignment));
        });
    routes.get("/api/v1/residents/{residentId}/aid-category", "A resident's aid-category ranges",
        roles(Role.CASEWORKER, Role.AUDITOR), CategoriesView.class,
        call -> CategoriesView.of(categories.of(Fields.residentId("residentId", call.path("residentId")))));
    routes.post("/api/v1/medical-aid/settlements", "Settle a bill in one step (201), or return its settlement (200)",
        roles(Role.HOSPITAL, Role.CASEWORKER), BillRequest.class, SettlementView.class, 201, call -> {
          SettlementOutcome outcome = hospitals.settle(call.body(BillRequest.class).claim(call));
          if (!outcome.created()) {
            call.status(200);
          }
          return SettlementView.of(outcome.record());
        }).alsoAnswering(200);
    routes.post("/api/v1/medical-aid/settlement-previews",
        "Trial settlement (预结算): the settlement as it would be now (stores nothing)",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), BillRequest.class, SettlementView.class, 200,
        call -> SettlementView.preview(hospitals.preview(call.body(BillRequest.class).claim(call))));
    routes.get("/api/v1/medical-aid/settlements/{settlementId}", "A settlement (a hospital's own only)",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), SettlementView.class,
        call -> SettlementView.of(visible(call, desk, call.path("settlementId"))));
    routes.post("/api/v1/medical-aid/settlements/{settlementId}/reversal", "Reverse a settlement (冲正; a hospital's own only)",
        roles(Role.HOSPITAL, Role.CASEWORKER), Void.class, SettlementView.class, 200,
        call -> SettlementView.of(desk.reverse(visible(call, desk, call.path("settlementId")).settlementId())));
    routes.get("/api/v1/medical-aid/residents/{residentId}/year-to-date", "A resident's year-to-date totals (?year=); every read is audited",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), YearToDateView.class, call -> {
          ResidentId resident = Fields.residentId("residentId", call.path("residentId"));
          String year = call.query("year");
          if (!year.matches("\\d{4}")) {
            throw new InvalidInputException("INVALID_YEAR", "year", "is four digits, was '" + year + "'");
          }
          return YearToDateView.of(desk.yearToDate(resident, PolicyYear.of(Integer.parseInt(year))));
        }).audited();
  }
}
