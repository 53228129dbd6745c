package dev.bellwether.devorg.http;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;
import jakarta.annotation.Priority;
import dev.bellwether.devorg.faults.RequestFault;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.Request;

/**
 * The door every versioned REST and Bulk call (/services/data/vNN.N/...) passes: injected
 * latency, stalls, resets and outages, the bearer token, and the daily API budget, reported in
 * Sforce-Limit-Info.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class RestGate implements ContainerRequestFilter, ContainerResponseFilter {
  /** Request property holding the caller's {@link Session}. */
  public static final String SESSION = "bellwether.session";
  private static final Pattern VERSIONED = Pattern.compile("^/?services/data/v\\d+\\.\\d+(/.*)?$");
  private final Org org;
  /** The container's request, the only way to reach the TCP connection a reset closes. */
  private final jakarta.inject.Provider<Request> connection;

  @Inject
  public RestGate(Org org, jakarta.inject.Provider<Request> connection) {
    this.org = org;
    this.connection = connection;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!VERSIONED.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    RequestFault fault = org.faults().onRequest();
    if (fault == RequestFault.CONNECTION_RESET) {
      throw DroppedRequest.byReset(connection.get());
    }
    if (fault == RequestFault.SERVER_STOPPED) {
      throw DroppedRequest.serverStopped();
    }
    if (fault == RequestFault.SERVER_UNAVAILABLE) {
      throw new ApiException(503, "SERVER_UNAVAILABLE", "Service temporarily unavailable (injected fault)");
    }
    String token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    Session session = org.sessions().find(token).orElseThrow(ApiException::invalidSession);
    if (!org.apiUsage().tryAcquire()) {
      throw ApiException.limitExceeded(org.apiUsage().limit());
    }
    request.setProperty(SESSION, session);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (VERSIONED.matcher(request.getUriInfo().getPath()).matches()) {
      response.getHeaders().putSingle("Sforce-Limit-Info", org.apiUsage().header());
    }
  }

  /** The token of an "Authorization: Bearer x" or "OAuth x" header. */
  public static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.trim();
    int space = h.indexOf(' ');
    return space < 0 ? h : h.substring(space + 1).trim();
  }

  /** The session the gate put on a request. */
  public static Session session(ContainerRequestContext request) {
    Session s = (Session) request.getProperty(SESSION);
    if (s == null) {
      throw ApiException.invalidSession();
    }
    return s;
  }
}
