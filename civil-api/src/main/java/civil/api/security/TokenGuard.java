package civil.api.security;

import civil.api.http.HttpProblem;
import civil.api.http.Role;
import civil.api.http.Route;
import civil.api.http.RouteTable;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The guard of every route: a route open to all (empty roles) needs nothing; any other needs a
 * valid bearer token (else 401) whose role the route allows (else 403).
 */
public final class TokenGuard implements RouteTable.Guard {
  private final Tokens tokens;

  public TokenGuard(Tokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Optional<String> check(Route route, Context ctx) {
    if (route.roles().isEmpty()) {
      return Optional.empty();
    }
    Tokens.TokenInfo caller;
    try {
      caller = tokens.authenticate(ctx.header("Authorization"));
    } catch (HttpProblem e) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw e;
    }
    Role role = caller.role();
    if (!route.roles().contains(role)) {
      throw new HttpProblem(403, "FORBIDDEN", "a " + role + " token may not use " + route.method() + " " + route.path());
    }
    return Optional.of(caller.tokenId());
  }
}
