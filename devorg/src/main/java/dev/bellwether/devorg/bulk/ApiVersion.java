package dev.bellwether.devorg.bulk;

import java.math.BigDecimal;

/**
 * The API version a request came in on, from the "vNN.N" path segment. Jobs remember it:
 * contentUrl is built from it and query results must be fetched with the same version.
 *
 * @param text the version without the "v", e.g. "64.0"
 */
public record ApiVersion(String text) {

  /** Parses the path segment "v64.0". */
  public static ApiVersion fromPathSegment(String segment) {
    return new ApiVersion(segment.startsWith("v") ? segment.substring(1) : segment);
  }

  /** The number the job info carries as apiVersion (64.0, written as a JSON number). */
  public BigDecimal number() {
    return new BigDecimal(text);
  }

  /** "v64.0", as it appears in URLs. */
  public String pathSegment() {
    return "v" + text;
  }
}
