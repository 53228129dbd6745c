package dev.bellwether.devorg.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves /services/data/latest/... to the newest version and rejects versions Salesforce
 * does not serve with 404 NOT_FOUND, for every REST surface under /services/data (REST,
 * Bulk, Tooling), before the token is checked or the call is counted. Runs after the
 * PathNormalizer has collapsed double slashes.
 */
@Provider
@PreMatching
@Priority(200)
public final class ApiVersionFilter implements ContainerRequestFilter {
  private static final Pattern VERSION_SEGMENT =
      Pattern.compile("^(/?services/data/)(latest|v[^/]*)(/.*)?$");

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path == null) {
      return;
    }
    Matcher m = VERSION_SEGMENT.matcher(path);
    if (!m.matches()) {
      return;
    }
    String segment = m.group(2);
    if (segment.equals("latest")) {
      String rest = m.group(3) == null ? "" : m.group(3);
      String fixed = m.group(1) + "v" + new ApiVersion(ApiVersion.LATEST).number() + rest;
      request.setRequestUri(request.getUriInfo().getBaseUri(), URI.create(uri.getScheme() + "://"
          + uri.getRawAuthority() + fixed + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
      return;
    }
    ApiVersion.parse(segment);
  }
}
