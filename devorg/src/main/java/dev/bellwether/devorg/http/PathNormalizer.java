package dev.bellwether.devorg.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Collapses repeated slashes: the Salesforce CLI stores instance URLs with a trailing slash
 * and then calls //services/data/... (see the wire notes).
 */
@Provider
@PreMatching
@Priority(100)
public final class PathNormalizer implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path != null && path.contains("//")) {
      String fixed = path.replaceAll("/{2,}", "/");
      request.setRequestUri(request.getUriInfo().getBaseUri(), URI.create(uri.getScheme() + "://"
          + uri.getRawAuthority() + fixed + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }
  }
}
