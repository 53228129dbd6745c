package dev.bellwether.devorg.canvas;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.org.CanvasTab;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Produces Canvas signed requests: base64(HMAC-SHA256(consumer secret, base64 envelope)) + "."
 * + base64 envelope. The MAC covers the base64 text, not the JSON, exactly as Salesforce's
 * SDK verifies it; both parts use standard base64 with padding, as Salesforce sends them.
 */
public final class SignedRequestSigner {
  /** The algorithm name Salesforce puts in the envelope (a JCA name, matched ignoring case). */
  public static final String ALGORITHM = "HMACSHA256";
  private final Org org;
  private final CanvasRequestBuilder envelopes;

  public SignedRequestSigner(Org org) {
    this.org = org;
    this.envelopes = new CanvasRequestBuilder(org);
  }

  /**
   * The signed_request a record page POSTs to an app for a viewer. Each call opens a fresh
   * session for the viewer on the app's behalf, like Salesforce does per page view.
   */
  public String signedRequestFor(CanvasAppProfile app, StoredRecord viewer, StoredRecord record) {
    Session session = org.sessions().open(org.id(), viewer.id(), app.app().clientId());
    Map<String, Object> envelope = envelopes.build(app, viewer, record, session.token(),
        org.clock().instant());
    try {
      return sign(Json.MAPPER.writeValueAsString(envelope), app.app().clientSecret());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the canvas envelope for " + app.developerName(), e);
    }
  }

  /** The signed_request a Canvas tab POSTs to its app for a viewer; a fresh session each time. */
  public String signedRequestForTab(CanvasAppProfile app, StoredRecord viewer, CanvasTab tab) {
    Session session = org.sessions().open(org.id(), viewer.id(), app.app().clientId());
    Map<String, Object> envelope = envelopes.buildForTab(app, viewer, tab, session.token(),
        org.clock().instant());
    try {
      return sign(Json.MAPPER.writeValueAsString(envelope), app.app().clientSecret());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the canvas envelope for " + app.developerName(), e);
    }
  }

  /** Signs an envelope JSON with a consumer secret. */
  public static String sign(String envelopeJson, String consumerSecret) {
    Base64.Encoder b64 = Base64.getEncoder();
    String encodedEnvelope = b64.encodeToString(envelopeJson.getBytes(StandardCharsets.UTF_8));
    return b64.encodeToString(hmac(consumerSecret, encodedEnvelope)) + "." + encodedEnvelope;
  }

  private static byte[] hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
