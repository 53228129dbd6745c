package dev.bellwether.service.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.service.canvas.SignedRequestException.Reason;
import java.time.Instant;

/** Reads the fields a panel needs from a verified CanvasRequest envelope (wire notes §3.1). */
final class EnvelopeReader {
  private static final int SHOWN = 40;

  private EnvelopeReader() {}

  static CanvasContext context(JsonNode envelope) throws SignedRequestException {
    JsonNode issued = envelope.get("issuedAt");
    if (issued == null || !issued.isIntegralNumber()) {
      throw new SignedRequestException(Reason.MISSING_FIELD, "issuedAt is missing or not epoch seconds");
    }
    String orgId = text(envelope, "context", "organization", "organizationId");
    String userId = text(envelope, "context", "user", "userId");
    if (userId == null) {
      throw new SignedRequestException(Reason.MISSING_FIELD, "context.user.userId is missing (org " + orgId + ")");
    }
    String userName = or(text(envelope, "context", "user", "userName"), userId);
    String currency = or(text(envelope, "context", "user", "currencyISOCode"),
        or(text(envelope, "context", "organization", "currencyIsoCode"), "USD"));
    return new CanvasContext(orgId, userId, userName, or(text(envelope, "context", "user", "fullName"), userName),
        or(text(envelope, "context", "user", "language"), "en_US"),
        or(text(envelope, "context", "user", "locale"), "en_US"),
        or(text(envelope, "context", "user", "timeZone"), "UTC"), currency,
        recordId(envelope), recordType(envelope),
        text(envelope, "client", "instanceUrl"), text(envelope, "client", "targetOrigin"),
        text(envelope, "context", "environment", "locationUrl"),
        text(envelope, "context", "environment", "displayLocation"),
        Instant.ofEpochSecond(issued.longValue()), view(envelope));
  }

  /**
   * environment.record.Id, else parameters.recordId: Salesforce sends no environment.record to a
   * Canvas app inside an Aura wrapper, which passes the record in the (signed) parameters instead.
   */
  private static String recordId(JsonNode envelope) {
    return or(text(envelope, "context", "environment", "record", "Id"),
        text(envelope, "context", "environment", "parameters", "recordId"));
  }

  /** environment.record.attributes.type, else the Aura wrapper's parameters.sObjectName. */
  private static String recordType(JsonNode envelope) {
    return or(text(envelope, "context", "environment", "record", "attributes", "type"),
        text(envelope, "context", "environment", "parameters", "sObjectName"));
  }

  /** parameters.view: "account" (the default) or "manager"; anything else is refused by name. */
  private static String view(JsonNode envelope) throws SignedRequestException {
    String view = or(text(envelope, "context", "environment", "parameters", "view"), CanvasContext.ACCOUNT_VIEW);
    if (!CanvasContext.VIEWS.contains(view)) {
      throw new SignedRequestException(Reason.MISSING_FIELD, "context.environment.parameters.view is '"
          + loggable(view) + "', not one of " + CanvasContext.VIEWS);
    }
    return view;
  }

  /** The text at a path, or null when absent, null or not text. */
  static String text(JsonNode root, String... path) {
    JsonNode n = root;
    for (String p : path) {
      n = n == null ? null : n.get(p);
    }
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  /** An unverified value fit for a log line: short, letters, digits and a few marks only. */
  static String loggable(String value) {
    String s = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    return s.replaceAll("[^A-Za-z0-9_.:-]", "?");
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
