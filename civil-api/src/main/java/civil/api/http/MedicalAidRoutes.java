package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.json.Required;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.ResidentAidCategories;
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

  /** {@code POST /medical-aid/settlements}: the bill, as the hospital sends it. */
  record BillRequest(String billId, String residentId, HospitalLevel hospitalLevel, CareType careType,
      LocalDate settledOn, Long totalFen, Long inScopeFen) {}

  record YearToDateView(long basicPaidFen, long criticalBaseFen, long criticalPaidFen, long aidBaseFen,
      long aidPaidFen) {
    static YearToDateView of(YearToDate y) {
      return new YearToDateView(y.basicPaid().fen(), y.criticalBase().fen(), y.criticalPaid().fen(), y.aidBase().fen(),
          y.aidPaid().fen());
    }
  }

  record StepView(SettlementStep.Rule rule, SettlementStep.Payer payer, String text, Map<String, Long> figures) {}

  record SettlementView(String settlementId, String billId, String residentId, String hospitalLevel,
      String careType, LocalDate settledOn, long totalFen, long inScopeFen, AidCategory aidCategory,
      long basicInsuranceFen, long criticalIllnessFen, long medicalAidFen, long selfPayFen, String status,
      LocalDate reversedOn, String policyVersion, List<StepView> steps, YearToDateView yearToDateBefore,
      YearToDateView yearToDateAfter) {
    static SettlementView of(SettlementRecord r) {
      Bill b = r.bill();
      return new SettlementView(r.settlementId(), b.billId(), b.residentId().masked(), b.hospitalLevel().name(),
          b.careType().name(), b.settledOn(), b.total().fen(), b.inScope().fen(), r.category(),
          r.basicInsurance().fen(), r.criticalIllness().fen(), r.medicalAid().fen(), r.selfPay().fen(),
          r.status().name(), r.reversedOn().orElse(null), r.policyVersion(),
          r.steps().stream().map(s -> new StepView(s.rule(), s.rule().payer(), s.text(), s.figures())).toList(),
          YearToDateView.of(r.yearToDateBefore()), YearToDateView.of(r.yearToDateAfter()));
    }
  }

  static void register(RouteTable routes, AidCategoryRegister categories, SettlementDesk desk) {
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
          BillRequest b = call.body(BillRequest.class);
          Bill bill = Bill.of(b.billId(), Fields.residentId("residentId", b.residentId()), b.hospitalLevel(),
              b.careType(), b.settledOn(), Money.ofFen(b.totalFen()), Money.ofFen(b.inScopeFen()));
          SettlementOutcome outcome = desk.settle(bill);
          if (!outcome.created()) {
            call.status(200);
          }
          return SettlementView.of(outcome.record());
        }).alsoAnswering(200);
    routes.get("/api/v1/medical-aid/settlements/{settlementId}", "A settlement",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), SettlementView.class,
        call -> SettlementView.of(desk.settlement(call.path("settlementId"))));
    routes.post("/api/v1/medical-aid/settlements/{settlementId}/reversal", "Reverse a settlement (冲正)",
        roles(Role.HOSPITAL, Role.CASEWORKER), Void.class, SettlementView.class, 200,
        call -> SettlementView.of(desk.reverse(call.path("settlementId"))));
    routes.get("/api/v1/medical-aid/residents/{residentId}/year-to-date", "A resident's year-to-date totals (?year=)",
        roles(Role.HOSPITAL, Role.CASEWORKER, Role.AUDITOR), YearToDateView.class, call -> {
          ResidentId resident = Fields.residentId("residentId", call.path("residentId"));
          String year = call.query("year");
          if (!year.matches("\\d{4}")) {
            throw new InvalidInputException("INVALID_YEAR", "year", "is four digits, was '" + year + "'");
          }
          return YearToDateView.of(desk.yearToDate(resident, PolicyYear.of(Integer.parseInt(year))));
        });
  }
}
