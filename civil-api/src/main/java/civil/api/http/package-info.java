/**
 * The HTTP facade: a {@link civil.api.http.RouteTable} of routes, each declaring its method, path,
 * roles, request and response shapes; handlers that parse, call one service and return a value;
 * errors mapped to {@code application/problem+json} once, in {@link civil.api.http.Problems}.
 */
package civil.api.http;
