package civil.api.security;

import static civil.api.http.RouteTable.roles;

import civil.api.http.Role;
import civil.api.http.RouteTable;
import civil.core.period.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Tokens (administrators only) and the audit log (auditors and administrators). */
public final class SecurityRoutes {
  private SecurityRoutes() {}

  record TokenRequest(Role role, String label) {}

  record TokenList(List<Tokens.TokenInfo> tokens) {}

  record EntryView(long seq, Instant at, String tokenId, String method, String route, String target, int status,
      String outcome) {}

  record AuditView(LocalDate from, LocalDate to, List<EntryView> entries) {}

  public static void register(RouteTable routes, Tokens tokens, AuditLog audit) {
    routes.post("/api/v1/tokens", "Issue a token for a role (shown only in this answer)", roles(), TokenRequest.class,
        Tokens.Issued.class, 201, call -> {
          TokenRequest r = call.body(TokenRequest.class);
          return tokens.issue(r.role(), r.label());
        });
    routes.get("/api/v1/tokens", "The tokens, without their secrets", roles(Role.AUDITOR), TokenList.class,
        call -> new TokenList(tokens.list()));
    routes.delete("/api/v1/tokens/{tokenId}", "Revoke a token", roles(), call -> {
      tokens.revoke(call.path("tokenId"));
      return null;
    });
    routes.get("/api/v1/audit", "The audit log of writes (?from=&to=)", roles(Role.AUDITOR), AuditView.class, call -> {
      DateRange range = call.queryRange();
      LocalDate from = range.from();
      LocalDate to = range.to().orElseThrow();
      return new AuditView(from, to, audit.between(from, to).stream().map(e -> new EntryView(e.seq(), e.at(),
          e.tokenId(), e.method(), e.route(), e.target(), e.status(), e.outcome())).toList());
    });
  }
}
