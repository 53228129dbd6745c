package dev.bellwether.service.panels.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.service.canvas.CanvasContext;
import dev.bellwether.service.panels.session.PanelSessionException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opens panel sessions from verified signed requests and checks their tokens. A token is
 * {@code v1.<base64url JSON>.<base64url HMAC-SHA256>}: stateless, so any instance sharing
 * {@code canvas.sessionKey} accepts it, and carried in links and forms because the CRM's iframe is
 * third-party to the service and browsers drop its cookies.
 */
public final class PanelSessions {
  private static final String VERSION = "v1";
  private static final int MAX_TOKEN = 8 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final SessionKeys keys;
  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public PanelSessions(SessionKeys keys, Duration ttl, Clock clock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the session lifetime must be above 0, was " + ttl);
    }
    this.keys = keys;
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * A new session for the record of a verified signed request.
   *
   * @param frameAncestors the origins that may frame the panel
   * @throws IllegalArgumentException when the request names no record (the app is not on a record page)
   */
  public PanelSession open(CanvasContext context, List<String> frameAncestors) {
    if (!context.onRecord()) {
      throw new IllegalArgumentException("the signed request of org " + context.orgId()
          + " names no record (display location " + context.displayLocation() + ")");
    }
    byte[] id = new byte[16];
    random.nextBytes(id);
    return new PanelSession(B64.encodeToString(id), context.orgId(), context.userId(), context.fullName(),
        context.recordId(), context.recordType(), context.language(), context.locale(), context.timeZone(),
        context.currency(), frameAncestors, clock.instant().plus(ttl));
  }

  /** The token that stands for a session in links and forms. */
  public String token(PanelSession s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", s.id()).put("org", s.orgId()).put("user", s.userId()).put("name", s.userName())
        .put("rec", s.recordId()).put("type", s.recordType()).put("lang", s.language()).put("loc", s.locale())
        .put("tz", s.timeZone()).put("cur", s.currency()).put("exp", s.expiresAt().getEpochSecond());
    ArrayNode anc = n.putArray("anc");
    s.frameAncestors().forEach(anc::add);
    String body = VERSION + "." + B64.encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
    return body + "." + B64.encodeToString(keys.signSession(body));
  }

  /**
   * The session a token stands for, if it is genuine, unexpired and for the record addressed.
   *
   * @param recordId the record the request is about; a session opens only its own record
   */
  public PanelSession verify(String token, String recordId) throws PanelSessionException {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
      throw new PanelSessionException(Reason.MALFORMED, "no session token, or one of an impossible length");
    }
    int last = token.lastIndexOf('.');
    if (!token.startsWith(VERSION + ".") || last <= VERSION.length()) {
      throw new PanelSessionException(Reason.MALFORMED, "not a " + VERSION + " session token");
    }
    String body = token.substring(0, last);
    byte[] signature;
    byte[] payload;
    try {
      signature = Base64.getUrlDecoder().decode(token.substring(last + 1));
      payload = Base64.getUrlDecoder().decode(body.substring(VERSION.length() + 1));
    } catch (IllegalArgumentException e) {
      throw new PanelSessionException(Reason.MALFORMED, "the session token is not base64url");
    }
    if (!MessageDigest.isEqual(keys.signSession(body), signature)) {
      throw new PanelSessionException(Reason.BAD_SIGNATURE, "the session token was altered or signed by another key");
    }
    PanelSession s = read(payload);
    Instant now = clock.instant();
    if (!now.isBefore(s.expiresAt())) {
      throw new PanelSessionException(Reason.EXPIRED, "session of user " + s.userId() + " in org " + s.orgId()
          + " expired at " + s.expiresAt());
    }
    if (!s.recordId().equals(recordId)) {
      throw new PanelSessionException(Reason.OTHER_RECORD, "session of user " + s.userId() + " in org "
          + s.orgId() + " is for record " + s.recordId() + ", not " + recordId);
    }
    return s;
  }

  private static PanelSession read(byte[] payload) throws PanelSessionException {
    try {
      JsonNode n = JSON.readTree(payload);
      List<String> anc = new ArrayList<>();
      n.path("anc").forEach(a -> anc.add(a.asText()));
      return new PanelSession(text(n, "id"), text(n, "org"), text(n, "user"), text(n, "name"), text(n, "rec"),
          text(n, "type"), text(n, "lang"), text(n, "loc"), text(n, "tz"), text(n, "cur"), anc,
          Instant.ofEpochSecond(n.path("exp").asLong()));
    } catch (IOException | NullPointerException e) {
      // Signed by us yet unreadable: only a token of another version or a bug gets here.
      throw new PanelSessionException(Reason.MALFORMED, "the session token's content is unreadable");
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
