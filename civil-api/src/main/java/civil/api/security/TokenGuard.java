package civil.api.security;

import civil.api.http.HttpProblem;
import civil.api.http.Route;
import civil.api.http.RouteTable;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The guard of every route: a route open to all (empty roles) needs nothing; any other needs a
 * valid bearer token (else 401). Whether its role may use the route the route table decides.
 */
public final class TokenGuard implements RouteTable.Guard {
  private final Tokens tokens;

  public TokenGuard(Tokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Optional<RouteTable.Caller> authenticate(Route route, Context ctx) {
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
    return Optional.of(new RouteTable.Caller(caller.tokenId(), caller.role(), caller.hospital()));
  }
}
