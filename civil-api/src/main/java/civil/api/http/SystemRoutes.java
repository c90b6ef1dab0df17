package civil.api.http;

import static civil.api.http.RouteTable.open;

import civil.api.storage.Database;

/** Routes without a token: health and the OpenAPI document. */
public final class SystemRoutes {
  private SystemRoutes() {}

  record Health(String status, String database) {}

  static void register(RouteTable routes, Database db) {
    routes.get("/health", "200 when the database answers", open(), Health.class, call -> {
      if (!db.isReachable()) {
        throw new HttpProblem(503, "DATABASE_UNREACHABLE", "the database does not answer");
      }
      return new Health("UP", db.isPostgres() ? "postgresql" : "h2");
    });
    routes.get("/openapi.json", "This document", open(), Object.class,
        call -> OpenApi.document(routes.routes()));
  }
}
