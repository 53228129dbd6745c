package dev.bellwether.devorg.http;

import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.Request;

/**
 * The reset fault: a request's TCP connection is closed before anything is written, so the
 * client reads end-of-stream where it expects a status line, as after a dropped load balancer
 * connection. Thrown to end the request's handling; REST's error mapper and the SOAP resource
 * answer it with {@link #answer()}.
 */
public final class ConnectionReset extends RuntimeException {
  private ConnectionReset() {
    super("connection reset (injected fault)", null, false, false);
  }

  /** Closes the connection of this request; throw the result to stop handling it. */
  public static ConnectionReset drop(Request request) {
    request.getConnection().closeSilently();
    return new ConnectionReset();
  }

  /**
   * What the request ends with. Grizzly refuses every write on the closed connection; without an
   * entity Jersey has nothing to flush, so the refusal stays silent instead of logging SEVERE.
   */
  public Response answer() {
    return Response.status(503).build();
  }
}
