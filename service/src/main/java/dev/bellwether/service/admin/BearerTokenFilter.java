package dev.bellwether.service.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses every request but the health check and the Canvas panels ({@code /canvas/...}) unless
 * it carries {@code Authorization: Bearer <token>}. Runs before matching, so unknown paths reveal nothing to a caller without the token.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BearerTokenFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
  private static final String SCHEME = "bearer ";
  private static final String OPEN_PATH = "admin/health";
  /** The Canvas panels check the CRM's signed request and their own session tokens instead. */
  private static final String PANELS_PREFIX = "canvas/";

  private final AdminToken token;
  private final AdminJson json;

  BearerTokenFilter(AdminToken token, AdminJson json) {
    this.token = token;
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    String bare = stripSlashes(path);
    // No dot segments: "canvas/../admin/..." must never slip past the token check.
    boolean panels = bare.startsWith(PANELS_PREFIX) && !bare.contains("..");
    if (OPEN_PATH.equals(bare) || panels) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      refuse(request, path, "unauthorized", "this call needs the header Authorization: Bearer <token>; the token"
          + " is in the data directory's " + AdminToken.FILE_NAME + " file, or set by " + AdminToken.ENV);
      return;
    }
    if (!token.matches(header.substring(SCHEME.length()).strip())) {
      refuse(request, path, "invalid_token", "the bearer token is not this service's admin token");
    }
  }

  private void refuse(ContainerRequestContext request, String path, String code, String message) {
    LOG.warn("Admin API refused {} /{}: {}", request.getMethod(), path, code);
    request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bellwether-admin\"")
        .entity(json.error(code, message)).type(MediaType.APPLICATION_JSON_TYPE).build());
  }

  private static String stripSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
