package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.api.json.Json;
import civil.api.report.ReportSource;
import civil.api.storage.Database;
import civil.api.storage.JdbcReportPublications;
import civil.core.error.NotFoundException;
import civil.core.period.HalfYear;
import civil.report.AreaNames;
import civil.report.HalfYearReport;
import civil.report.ReportDocument;
import civil.report.Restatement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The half-year report: JSON by default; {@code Accept: text/markdown} gives the Chinese document
 * and {@code Accept: text/html} the page with its charts. A report can be published (the JSON as it
 * is at that instant, stored unchanged), read back, and restated against the report now.
 */
final class ReportRoutes {
  private ReportRoutes() {}

  /** A publication: its id, period, instant and the report exactly as published. */
  record PublicationView(String publicationId, String period, Instant publishedAt, JsonNode report) {}

  /** A publication without its report, as the list shows it. */
  record PublicationEntry(String publicationId, String period, Instant publishedAt) {}

  /** The publications of a period, oldest first. */
  record PublicationList(List<PublicationEntry> publications) {}

  static void register(RouteTable routes, Services s, Database db, JdbcReportPublications publications) {
    AreaNames names = AreaNames.jiefang();
    routes.get("/api/v1/reports/half-year/{period}", "The half-year report (yyyy-H1 or yyyy-H2) as JSON, or as"
            + " Markdown or HTML by the Accept header; ?asOf=<instant> gives it from the records as they stood"
            + " then", roles(Role.CASEWORKER, Role.AUDITOR), HalfYearReport.class,
        call -> {
          HalfYear period = Fields.halfYear("period", call.path("period"));
          Optional<Instant> asOf = call.optionalQuery("asOf").map(raw -> Fields.pastInstant("asOf", raw, s.clock()));
          HalfYearReport report = asOf.isPresent() ? asOf(s, db, names, period, asOf.get()) : now(s, names, period);
          String accept = String.valueOf(call.context().header("Accept")).toLowerCase(Locale.ROOT);
          if (accept.contains("text/html")) {
            return new Text("text/html; charset=utf-8", ReportDocument.of(report).html());
          }
          if (accept.contains("text/markdown")) {
            return new Text("text/markdown; charset=utf-8", ReportDocument.of(report).markdown());
          }
          return report;
        });
    routes.post("/api/v1/reports/half-year/{period}/publications",
        "Publish the period's report as it is now (上报): stored unchanged, to be shown and restated later",
        roles(Role.CASEWORKER), Void.class, PublicationView.class, 201, call -> {
          HalfYearReport report = now(s, names, Fields.halfYear("period", call.path("period")));
          return view(publications.publish(report.period(), report.asOf(), json(report)));
        }).runsLong();
    routes.get("/api/v1/reports/half-year/{period}/publications", "The period's publications, oldest first",
        roles(Role.CASEWORKER, Role.AUDITOR), PublicationList.class, call -> {
          HalfYear period = Fields.halfYear("period", call.path("period"));
          return new PublicationList(publications.of(period.toString()).stream()
              .map(p -> new PublicationEntry(p.publicationId(), p.period(), p.publishedAt())).toList());
        });
    routes.get("/api/v1/reports/half-year/{period}/publications/{publicationId}",
        "A publication, its report exactly as published", roles(Role.CASEWORKER, Role.AUDITOR), PublicationView.class,
        call -> view(published(publications, call)));
    routes.get("/api/v1/reports/half-year/{period}/publications/{publicationId}/restatement",
        "The figures that differ between a publication and the report now (path, published, now)",
        roles(Role.CASEWORKER, Role.AUDITOR), Restatement.Change[].class, call -> {
          JdbcReportPublications.Stored p = published(publications, call);
          HalfYearReport report = now(s, names, HalfYear.parse(p.period()));
          return Restatement.between(Json.mapper().readTree(p.report()), Json.mapper().readTree(json(report)));
        });
  }

  private static HalfYearReport asOf(Services s, Database db, AreaNames names, HalfYear period, Instant asOf) {
    return HalfYearReport.compute(db.asOf(asOf, () -> ReportSource.collect(s, period)), names, asOf);
  }

  private static HalfYearReport now(Services s, AreaNames names, HalfYear period) {
    Instant asOf = s.clock().instant();
    return HalfYearReport.compute(ReportSource.collect(s, period), names, asOf);
  }

  private static JdbcReportPublications.Stored published(JdbcReportPublications publications, Call call) {
    HalfYear period = Fields.halfYear("period", call.path("period"));
    String id = call.path("publicationId");
    return publications.find(period.toString(), id).orElseThrow(() -> new NotFoundException("publication", id));
  }

  private static String json(HalfYearReport report) throws JsonProcessingException {
    return Json.mapper().writeValueAsString(report);
  }

  private static PublicationView view(JdbcReportPublications.Stored p) throws JsonProcessingException {
    return new PublicationView(p.publicationId(), p.period(), p.publishedAt(), Json.mapper().readTree(p.report()));
  }
}
