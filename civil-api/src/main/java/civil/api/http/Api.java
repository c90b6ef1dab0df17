package civil.api.http;

import civil.api.Services;
import civil.api.security.AuditLog;
import civil.api.security.SecurityRoutes;
import civil.api.security.TokenGuard;
import civil.api.security.Tokens;
import civil.api.storage.Database;
import civil.api.storage.JdbcReportPublications;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The whole API: every route of every area, in one table guarded by tokens and audited. */
public final class Api {
  private Api() {}

  public static RouteTable routes(Services s, Database db, Tokens tokens, AuditLog audit) {
    RouteTable routes = new RouteTable(new TokenGuard(tokens), (route, ctx, tokenId, status, outcome, created) -> {
      if (status == 401) {
        audit.unauthenticated(route.method().name(), ctx.path());
      } else {
        audit.record(tokenId.orElse(null), route.method().name(), route.path(), target(ctx, created), status, outcome);
      }
    }, db, s.clock());
    SystemRoutes.register(routes, db);
    SecurityRoutes.register(routes, tokens, audit, s.hospitals());
    // before the settlement routes: /settlements/export is not a settlement id
    SimulationRoutes.register(routes, s.settlements());
    MedicalAidRoutes.register(routes, s.aidCategories(), s.settlements(), s.hospitalDesk());
    HospitalRoutes.register(routes, s);
    SubsistenceRoutes.register(routes, s.reliefPolicies(), s.households());
    ReliefRoutes.register(routes, s);
    SupplyRoutes.register(routes, s);
    CharityRoutes.register(routes, s);
    NursingHomeRoutes.register(routes, s);
    CareRoutes.register(routes, s);
    VolunteerRoutes.register(routes, s);
    VillageRoutes.register(routes, s);
    ReportRoutes.register(routes, s, db, new JdbcReportPublications(db));
    return routes;
  }

  /** The path with its parameters, and the id of the record a creating write created. */
  private static String target(Context ctx, Optional<String> created) {
    Map<String, String> params = ctx.pathParamMap();
    return ctx.path() + (params.isEmpty() ? "" : " " + params) + created.map(id -> " created " + id).orElse("");
  }
}
