package civil.api.http;

import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.TreeSet;

/**
 * One route of the API: method and path, a summary, the roles that may call it, the shapes of
 * its request and response (for the OpenAPI document), its usual status, any other success status
 * it may answer with the same shape (a stored settlement returned again is a 200 where a new one
 * is a 201), whether its reads are audited as writes are, whether it runs long (a city's matching,
 * a report: its transaction is then its own, not shared with other writes, see
 * {@link civil.api.storage.Database#unitOfItsOwn}), and its action.
 */
public record Route(HandlerType method, String path, String summary, Set<Role> roles, Class<?> request,
    Class<?> response, int status, Set<Integer> otherStatuses, boolean auditedRead, boolean runsLong, Action action) {

  /** The same route, also answering {@code other} with the same shape. */
  Route alsoAnswering(int other) {
    Set<Integer> statuses = new TreeSet<>(otherStatuses);
    statuses.add(other);
    return new Route(method, path, summary, roles, request, response, status, Set.copyOf(statuses), auditedRead, runsLong,
        action);
  }

  /** The same route, its reads recorded in the audit log like writes. */
  Route withAuditedRead() {
    return new Route(method, path, summary, roles, request, response, status, otherStatuses, true, runsLong, action);
  }

  /** The same route, marked as one that may run long. */
  Route runningLong() {
    return new Route(method, path, summary, roles, request, response, status, otherStatuses, auditedRead, true, action);
  }

  /** What a route does with a call: returns the response value (or null for none). */
  @FunctionalInterface
  public interface Action {
    Object handle(Call call) throws Exception;
  }
}
