package dev.bellwether.connector.salesforce.rest;

import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Builds "path?query" request targets with OkHttp's encoder, so SOQL text, ids and dates are
 * percent-encoded once and correctly ('+' as %2B, spaces as %20) rather than concatenated.
 */
final class RequestTargets {
  /** Only the encoder is wanted; the host never reaches the wire (RestTransport resolves the path). */
  private static final HttpUrl PLACEHOLDER = HttpUrl.get("http://instance.invalid/");

  private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private RequestTargets() {}

  /**
   * An object or field API name checked before it becomes a path segment: API names are letters,
   * digits and underscores only, so a bad configuration value cannot reach another resource.
   */
  static String apiName(String name) {
    if (name == null || !API_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a Salesforce API name");
    }
    return name;
  }

  /** The path (already made by {@link RestTransport#dataPath}) with the parameters, in order. */
  static String withQuery(String path, Map<String, String> parameters) {
    HttpUrl.Builder b = PLACEHOLDER.newBuilder().encodedPath(path);
    parameters.forEach(b::addQueryParameter);
    HttpUrl url = b.build();
    return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
  }
}
