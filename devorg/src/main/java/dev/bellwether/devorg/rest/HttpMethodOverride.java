package dev.bellwether.devorg.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Salesforce's override for HTTP libraries without PATCH: POST ...?_HttpMethod=PATCH is
 * served as a PATCH (and likewise DELETE) on every /services/data resource.
 */
@Provider
@PreMatching
@Priority(300)
public final class HttpMethodOverride implements ContainerRequestFilter {
  private static final Set<String> OVERRIDABLE = Set.of("PATCH", "DELETE");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getRequestUri().getRawPath();
    if (path == null || !path.startsWith("/services/data/")) {
      return;
    }
    String override = request.getUriInfo().getQueryParameters().getFirst("_HttpMethod");
    if (override != null && OVERRIDABLE.contains(override.toUpperCase(Locale.ROOT))) {
      request.setMethod(override.toUpperCase(Locale.ROOT));
    }
  }
}
