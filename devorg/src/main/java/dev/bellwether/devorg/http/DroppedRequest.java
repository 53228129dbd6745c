package dev.bellwether.devorg.http;

import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.Request;

/**
 * A request devorg drops without an answer. The reset fault closes its TCP connection before
 * anything is written, so the client reads end-of-stream where it expects a status line, as
 * after a dropped load balancer connection; a request still held by latency or a stall when
 * the server stops has lost its connection already. Thrown to end the request's handling;
 * REST's error mapper and the SOAP resource end it with {@link #answer()}.
 */
public final class DroppedRequest extends RuntimeException {
  private DroppedRequest(String why) {
    super(why, null, false, false);
  }

  /** Closes the connection of this request (the reset fault); throw the result. */
  public static DroppedRequest byReset(Request request) {
    request.getConnection().closeSilently();
    return new DroppedRequest("connection reset (injected fault)");
  }

  /** For a request that was held while the server stopped; throw the result. */
  public static DroppedRequest serverStopped() {
    return new DroppedRequest("the server stopped while the request was held");
  }

  /**
   * What the request ends with. Grizzly refuses every write on a closed connection; without an
   * entity Jersey has nothing to flush, so the refusal stays silent instead of logging SEVERE.
   */
  public Response answer() {
    return Response.status(503).build();
  }
}
