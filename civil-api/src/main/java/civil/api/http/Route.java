package civil.api.http;

import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * One route of the API: method and path, a summary, the roles that may call it, the shapes of
 * its request and response (for the OpenAPI document), its usual status, and its action.
 */
public record Route(HandlerType method, String path, String summary, Set<Role> roles, Class<?> request,
    Class<?> response, int status, Action action) {

  /** What a route does with a call: returns the response value (or null for none). */
  @FunctionalInterface
  public interface Action {
    Object handle(Call call) throws Exception;
  }
}
