package civil.api.http;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the web server answers itself, before a request reaches a route (a malformed request line,
 * an ambiguous or illegal URI such as {@code %00}, headers too large): the same problem+json as
 * every other error, instead of Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
      Callback callback) {
    byte[] body = Problems.body(status, Problems.codeOfStatus(status), detail(status, message), List.of());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static String detail(int status, String message) {
    String text = message == null || message.isBlank() ? "the request could not be read" : message;
    return "the web server refused the request (" + status + "): " + (text.length() > 200 ? text.substring(0, 200) : text);
  }
}
