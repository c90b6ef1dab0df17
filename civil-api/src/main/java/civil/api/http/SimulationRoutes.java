package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.json.Json;
import civil.batch.BatchBill;
import civil.batch.Comparison;
import civil.batch.ComparisonReport;
import civil.batch.LocalEngine;
import civil.batch.Policies;
import civil.batch.SettledBill;
import civil.core.error.InvalidInputException;
import civil.core.identity.HospitalCode;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stored year as a bills file, and policy simulation in process: the year's standing bills
 * settled under the policy in force and under a draft, compared by the batch's own comparison.
 */
final class SimulationRoutes {
  private SimulationRoutes() {}

  /** A simulation: the year of bills to settle again, and the draft medical-aid policy document. */
  record SimulationRequest(Integer year, Map<String, Object> policy) {}

  static void register(RouteTable routes, SettlementDesk desk) {
    routes.get("/api/v1/medical-aid/settlements/export",
        "The year's standing bills (?year=) as a bills file (CSV), to simulate or re-settle in civil-batch",
        roles(Role.CASEWORKER, Role.AUDITOR), Text.Csv.class, call -> {
          List<BatchBill> bills = standing(desk, year(call.query("year")));
          StringBuilder csv = new StringBuilder(64 + bills.size() * 100).append(BatchBill.HEADER).append('\n');
          bills.forEach(b -> csv.append(b.line()).append('\n'));
          return Text.csv(csv.toString());
        }).audited();
    routes.post("/api/v1/medical-aid/simulations",
        "Policy simulation (政策测算): the year's standing bills settled under the policy in force and under a draft,"
            + " side by side (stores nothing)",
        roles(Role.CASEWORKER, Role.AUDITOR), SimulationRequest.class, ComparisonReport.class, 200, call -> {
          SimulationRequest body = call.body(SimulationRequest.class);
          int year = year(String.valueOf(body.year()));
          Policies draft;
          try {
            draft = Policies.with(Json.mapper().writeValueAsString(body.policy()));
          } catch (JsonProcessingException e) {
            throw new InvalidInputException("INVALID_POLICY", "policy", "is not a policy document");
          }
          List<BatchBill> bills = standing(desk, year);
          List<SettledBill> baseline = LocalEngine.settle(bills, Policies.shipped());
          List<SettledBill> simulated = LocalEngine.settle(bills, draft);
          Comparison comparison = new Comparison();
          for (int i = 0; i < baseline.size(); i++) {
            comparison.add(baseline.get(i), simulated.get(i), i + 2L);
          }
          return comparison.report();
        }).runsLong();
  }

  private static int year(String raw) {
    if (raw == null || !raw.matches("\\d{4}")) {
      throw new InvalidInputException("INVALID_YEAR", "year", "is four digits, was '" + raw + "'");
    }
    return Integer.parseInt(raw);
  }

  /** The year's settlements that stand (not reversed), as bills with the category each was settled under. */
  private static List<BatchBill> standing(SettlementDesk desk, int year) {
    List<BatchBill> bills = new ArrayList<>();
    for (SettlementRecord r : desk.settledOrReversedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
      // a record in the range that stands was settled in it (a reversed one may have been settled earlier)
      if (r.status() == SettlementStatus.SETTLED) {
        bills.add(new BatchBill(r.bill().billId(), r.bill().hospital().map(HospitalCode::value).orElse(""),
            r.bill().residentId(), r.bill().hospitalLevel(), r.bill().careType(), r.bill().settledOn(),
            r.bill().total().fen(), r.bill().inScope().fen(), r.category()));
      }
    }
    bills.sort(BatchBill.ORDER);
    return bills;
  }
}
