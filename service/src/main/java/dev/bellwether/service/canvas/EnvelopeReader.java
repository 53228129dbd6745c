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
        text(envelope, "context", "environment", "record", "Id"),
        text(envelope, "context", "environment", "record", "attributes", "type"),
        text(envelope, "client", "instanceUrl"), text(envelope, "client", "targetOrigin"),
        text(envelope, "context", "environment", "locationUrl"),
        text(envelope, "context", "environment", "displayLocation"),
        Instant.ofEpochSecond(issued.longValue()));
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
