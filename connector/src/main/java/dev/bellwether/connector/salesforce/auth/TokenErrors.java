package dev.bellwether.connector.salesforce.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Set;

/**
 * What a refused token request means: an OAuth error answer ({"error":"invalid_grant",...}) is
 * AUTHENTICATION with the error as code; a server failure is UNAVAILABLE; a missing endpoint means
 * the login URL is wrong. Messages are scrubbed of every secret that was sent.
 */
final class TokenErrors {
  /** OAuth error codes Salesforce uses for "try again later" rather than "wrong credentials". */
  private static final Set<String> TEMPORARY = Set.of("unknown_error", "rate_limit_exceeded", "server_error",
      "temporarily_unavailable");
  private static final int DESCRIPTION_CHARS = 300;

  private TokenErrors() {
  }

  /** The exception for a non-2xx answer from the token endpoint. */
  static CrmException refused(String flow, URI endpoint, int status, String body, Collection<String> secrets) {
    String error = null;
    String description = null;
    try {
      JsonNode n = body == null || body.isBlank() ? null : new ObjectMapper().readTree(body);
      if (n != null && n.isObject() && n.hasNonNull("error")) {
        error = n.get("error").asText();
        description = n.hasNonNull("error_description") ? n.get("error_description").asText() : null;
      }
    } catch (IOException notJson) {
      // an HTML page from a proxy or a wrong host: judged by status below
    }
    String said = error == null ? "" : ": " + error + (description == null ? ""
        : " (" + redact(description, secrets) + ")");
    if (status >= 500 || status == 429 || (error != null && TEMPORARY.contains(error))) {
      return new CrmException(Kind.UNAVAILABLE, "UNAVAILABLE", null,
          flow + ": token endpoint " + endpoint + " answered HTTP " + status + said);
    }
    if (error != null) {
      return new CrmException(Kind.AUTHENTICATION, error, null,
          flow + ": Salesforce refused the token request, HTTP " + status + said);
    }
    if (status == 404 || status == 405) {
      return new CrmException(Kind.CONFIGURATION, "HTTP_" + status, null, flow + ": no OAuth token endpoint at "
          + endpoint + " (HTTP " + status + "); check salesforce.loginUrl");
    }
    return new CrmException(Kind.PROTOCOL, "HTTP_" + status, null,
        flow + ": token endpoint " + endpoint + " answered HTTP " + status + " without an OAuth error");
  }

  /** The text with each secret replaced, and cut short: an error description is Salesforce's to word. */
  static String redact(String text, Collection<String> secrets) {
    String out = text;
    for (String s : secrets) {
      if (s != null && !s.isEmpty()) {
        out = out.replace(s, "<redacted>");
      }
    }
    return out.length() > DESCRIPTION_CHARS ? out.substring(0, DESCRIPTION_CHARS) + "..." : out;
  }
}
