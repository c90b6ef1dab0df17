package civil.api.security;

import static civil.api.http.RouteTable.roles;

import civil.api.http.Role;
import civil.api.http.RouteTable;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.HospitalCode;
import civil.core.period.DateRange;
import civil.relief.hospital.HospitalRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Tokens (administrators only) and the audit log (auditors and administrators). */
public final class SecurityRoutes {
  private SecurityRoutes() {}

  /** A token to issue; {@code hospitalCode} for a HOSPITAL token only. */
  record TokenRequest(Role role, String label, Optional<String> hospitalCode) {}

  record TokenList(List<Tokens.TokenInfo> tokens) {}

  record EntryView(long seq, Instant at, String tokenId, String method, String route, String target, int status,
      String outcome) {}

  /** A page of the audit log; {@code next} is the {@code after} of the next page, null on the last. */
  record AuditView(LocalDate from, LocalDate to, List<EntryView> entries, Long next) {}

  public static void register(RouteTable routes, Tokens tokens, AuditLog audit, HospitalRegistry hospitals) {
    routes.post("/api/v1/tokens", "Issue a token for a role (shown only in this answer)", roles(), TokenRequest.class,
        Tokens.Issued.class, 201, call -> {
          TokenRequest r = call.body(TokenRequest.class);
          Optional<HospitalCode> hospital = r.hospitalCode().map(c -> Inputs.parse("hospitalCode", () -> HospitalCode.parse(c)));
          return tokens.issue(r.role(), r.label(), hospital, code -> hospitals.find(code).isPresent());
        });
    routes.get("/api/v1/tokens", "The tokens, without their secrets", roles(Role.AUDITOR), TokenList.class,
        call -> new TokenList(tokens.list()));
    routes.delete("/api/v1/tokens/{tokenId}", "Revoke a token", roles(), call -> {
      tokens.revoke(call.path("tokenId"));
      return null;
    });
    routes.get("/api/v1/audit", "The audit log of writes, a page at a time (?from=&to=&limit=&after=)",
        roles(Role.AUDITOR), AuditView.class, call -> {
          DateRange range = call.queryRange();
          int limit = call.optionalQuery("limit").map(v -> number("limit", v, 1, AuditLog.MAX_PAGE))
              .orElse((long) AuditLog.DEFAULT_PAGE).intValue();
          long after = call.optionalQuery("after").map(v -> number("after", v, 0, Long.MAX_VALUE)).orElse(0L);
          AuditLog.Page page = audit.between(range.from(), range.to().orElseThrow(), after, limit);
          return new AuditView(range.from(), range.to().orElseThrow(), page.entries().stream().map(e -> new EntryView(
              e.seq(), e.at(), e.tokenId(), e.method(), e.route(), e.target(), e.status(), e.outcome())).toList(),
              page.next().orElse(null));
        });
  }

  private static long number(String field, String raw, long min, long max) {
    if (!raw.matches("\\d{1,19}")) {
      throw new InvalidInputException("INVALID_VALUE", field, "is a whole number from " + min + " to " + max);
    }
    try {
      long value = Long.parseLong(raw);
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("INVALID_VALUE", field, "is a whole number from " + min + " to " + max);
    }
  }
}
