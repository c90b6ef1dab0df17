package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.api.report.ReportSource;
import civil.report.AreaNames;
import civil.report.HalfYearReport;
import civil.report.ReportDocument;
import civil.core.period.HalfYear;
import java.util.Locale;

/**
 * The half-year report: JSON by default; {@code Accept: text/markdown} gives the Chinese document
 * and {@code Accept: text/html} the page with its charts.
 */
public final class ReportRoutes {
  private ReportRoutes() {}

  static void register(RouteTable routes, Services s) {
    AreaNames names = AreaNames.jiefang();
    routes.get("/api/v1/reports/half-year/{period}", "The half-year report (yyyy-H1 or yyyy-H2) as JSON, or as"
            + " Markdown or HTML by the Accept header", roles(Role.CASEWORKER, Role.AUDITOR), HalfYearReport.class,
        call -> {
          HalfYear period = Fields.halfYear("period", call.path("period"));
          HalfYearReport report = HalfYearReport.compute(ReportSource.collect(s, period), names);
          String accept = String.valueOf(call.context().header("Accept")).toLowerCase(Locale.ROOT);
          if (accept.contains("text/html")) {
            return new Text("text/html; charset=utf-8", ReportDocument.of(report).html());
          }
          if (accept.contains("text/markdown")) {
            return new Text("text/markdown; charset=utf-8", ReportDocument.of(report).markdown());
          }
          return report;
        });
  }
}
