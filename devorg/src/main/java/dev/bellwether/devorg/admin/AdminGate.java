package dev.bellwether.devorg.admin;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The door of /devorg/admin/**: only a Bearer token of the org's admin user passes. Unlike
 * {@link RestGate} it injects no faults and counts no API usage, so a test can always reach
 * the controls, even while the org is set to fail every call.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class AdminGate implements ContainerRequestFilter {
  /** Request property holding the {@link Instant} the server started serving. */
  public static final String STARTED_AT = "bellwether.devorg.startedAt";
  private static final Pattern ADMIN = Pattern.compile("^/?devorg/admin(/.*)?$");
  private final Org org;
  // Filters are created once, when the server starts, which makes this the start time.
  private final Instant startedAt;

  @Inject
  public AdminGate(Org org) {
    this.org = org;
    this.startedAt = org.clock().instant();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!ADMIN.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    String token = RestGate.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    Session session = org.sessions().find(token).orElseThrow(ApiException::invalidSession);
    if (!session.userId().equals(org.adminUserId())) {
      throw new ApiException(401, "INVALID_SESSION_ID",
          "devorg admin endpoints need a session of the admin user " + org.adminUserId()
              + "; this session belongs to " + session.userId());
    }
    request.setProperty(STARTED_AT, startedAt);
  }
}
