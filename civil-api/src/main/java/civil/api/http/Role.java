package civil.api.http;

import io.javalin.security.RouteRole;

/**
 * Who may call a route: a designated hospital (settles and reverses bills, reads year to date), a
 * caseworker (all casework), an auditor (reads everything, reports, the audit log), an
 * administrator (everything).
 */
public enum Role implements RouteRole {
  HOSPITAL,
  CASEWORKER,
  AUDITOR,
  ADMIN
}
