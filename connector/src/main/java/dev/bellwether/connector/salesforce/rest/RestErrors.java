package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.call.TransientCallException;
import dev.bellwether.connector.salesforce.call.TransientKind;
import java.io.IOException;

/** Turns a failed REST response (a JSON array of {message, errorCode}) into the right exception. */
final class RestErrors {
  private final ObjectMapper json;

  RestErrors(ObjectMapper json) {
    this.json = json;
  }

  /** The exception for a non-2xx response; the body has been read as text. */
  Exception toException(int status, String body, String what, String object) {
    String code = null;
    String message = body == null ? "" : body;
    try {
      JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
      JsonNode first = node != null && node.isArray() && node.size() > 0 ? node.get(0) : node;
      if (first != null && first.isObject()) {
        code = text(first, "errorCode");
        message = text(first, "message");
      }
    } catch (IOException notJson) {
      // keep the raw text (an HTML error page from a proxy, say) as the message
    }
    String detail = what + " failed: HTTP " + status + (code == null ? "" : " " + code) + ": " + trim(message);
    if (status == 502 || status == 503 || status == 504 || "SERVER_UNAVAILABLE".equals(code)) {
      return new TransientCallException(TransientKind.UNAVAILABLE, detail, null);
    }
    if ("REQUEST_LIMIT_EXCEEDED".equals(code)) {
      return new TransientCallException(TransientKind.LIMIT_EXCEEDED, detail, null);
    }
    if ("UNABLE_TO_LOCK_ROW".equals(code)) {
      return new TransientCallException(TransientKind.ROW_LOCK, detail, null);
    }
    if (status == 401 || "INVALID_SESSION_ID".equals(code)) {
      return new CrmException(Kind.AUTHENTICATION, code, object, detail);
    }
    if ("INVALID_FIELD".equals(code) || "INVALID_TYPE".equals(code) || "NOT_FOUND".equals(code)
        || "INVALID_SOBJECT".equals(code)) {
      return new CrmException(Kind.SCHEMA, code, object, detail);
    }
    if (status >= 500) {
      return new TransientCallException(TransientKind.UNAVAILABLE, detail, null);
    }
    return new CrmException(Kind.INVALID_REQUEST, code, object, detail);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String trim(String s) {
    return s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }
}
