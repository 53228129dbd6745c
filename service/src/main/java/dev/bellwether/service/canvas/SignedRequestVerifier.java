package dev.bellwether.service.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.canvas.SignedRequestException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Canvas {@code signed_request} as Salesforce's SDK does (wire notes §3.1): split at the
 * first '.', HMAC-SHA256 keyed with the org's consumer secret over the base64 envelope <em>text</em>
 * (not the decoded JSON), compared in constant time; then the algorithm, issuedAt within
 * {@code maxAge} (and at most {@code clockSkew} ahead), and the org registered.
 *
 * <p>Where the secret comes from: the {@code canvas.orgs[].consumerSecret} reference of
 * bellwether.yaml ({@code env:NAME} or {@code file:PATH}, see {@link CanvasConfigLoader}), one per
 * org, because the Canvas connected app an admin installs is a different app from the one sync logs
 * in with ({@code salesforce.auth.clientSecret}) and may be rotated on its own.
 *
 * <p>The org id is read from the envelope before the signature is checked, only to choose the key;
 * nothing else in it is trusted until the HMAC matches.
 */
public final class SignedRequestVerifier {
  /** The only algorithm Canvas uses; the envelope names it, matched ignoring case as a JCA name. */
  public static final String ALGORITHM = "HMACSHA256";
  /** A real signed request is a few KB; anything far larger is refused before decoding. */
  static final int MAX_LENGTH = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConsumerSecrets secrets;
  private final Duration maxAge;
  private final Duration clockSkew;
  private final Clock clock;

  public SignedRequestVerifier(ConsumerSecrets secrets, Duration maxAge, Duration clockSkew, Clock clock) {
    if (maxAge.isNegative() || maxAge.isZero() || clockSkew.isNegative()) {
      throw new IllegalArgumentException("maxAge must be above 0 and clockSkew not negative, were " + maxAge
          + " and " + clockSkew);
    }
    this.secrets = secrets;
    this.maxAge = maxAge;
    this.clockSkew = clockSkew;
    this.clock = clock;
  }

  /** Verifies and reads a signed request. */
  public CanvasContext verify(String signedRequest) throws SignedRequestException {
    if (signedRequest == null || signedRequest.isBlank()) {
      throw new SignedRequestException(Reason.MALFORMED, "no signed_request");
    }
    if (signedRequest.length() > MAX_LENGTH) {
      throw new SignedRequestException(Reason.MALFORMED, "signed_request of " + signedRequest.length()
          + " characters, more than " + MAX_LENGTH);
    }
    String text = signedRequest.strip();
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new SignedRequestException(Reason.MALFORMED, "not <signature>.<envelope>");
    }
    String encodedSignature = text.substring(0, dot);
    String encodedEnvelope = text.substring(dot + 1);
    byte[] signature = Base64Text.decode(encodedSignature)
        .orElseThrow(() -> new SignedRequestException(Reason.UNDECODABLE, "the signature is not base64"));
    byte[] envelopeBytes = Base64Text.decode(encodedEnvelope)
        .orElseThrow(() -> new SignedRequestException(Reason.UNDECODABLE, "the envelope is not base64"));
    JsonNode envelope = parse(envelopeBytes);

    String orgId = EnvelopeReader.text(envelope, "context", "organization", "organizationId");
    if (orgId == null) {
      throw new SignedRequestException(Reason.MISSING_FIELD, "context.organization.organizationId is missing");
    }
    byte[] secret = secrets.of(orgId).orElseThrow(() -> new SignedRequestException(Reason.UNKNOWN_ORG,
        "org " + EnvelopeReader.loggable(orgId) + " is not registered in canvas.orgs"));
    String algorithm = EnvelopeReader.text(envelope, "algorithm");
    if (!ALGORITHM.equalsIgnoreCase(algorithm)) {
      throw new SignedRequestException(Reason.WRONG_ALGORITHM, "algorithm "
          + (algorithm == null ? "missing" : "'" + EnvelopeReader.loggable(algorithm) + "'") + ", not " + ALGORITHM
          + " (org " + orgId + ")");
    }
    if (!MessageDigest.isEqual(hmac(secret, encodedEnvelope), signature)) {
      throw new SignedRequestException(Reason.BAD_SIGNATURE, "the HMAC does not match the envelope (org " + orgId
          + "): altered, or signed with another consumer secret");
    }
    CanvasContext context = EnvelopeReader.context(envelope);
    checkFresh(context.issuedAt(), orgId);
    return context;
  }

  private void checkFresh(Instant issuedAt, String orgId) throws SignedRequestException {
    Instant now = clock.instant();
    if (issuedAt.isBefore(now.minus(maxAge))) {
      throw new SignedRequestException(Reason.EXPIRED, "issued at " + issuedAt + ", more than " + maxAge
          + " before " + now + " (org " + orgId + ")");
    }
    if (issuedAt.isAfter(now.plus(clockSkew))) {
      throw new SignedRequestException(Reason.ISSUED_IN_FUTURE, "issued at " + issuedAt + ", more than "
          + clockSkew + " after " + now + " (org " + orgId + ")");
    }
  }

  private static JsonNode parse(byte[] envelope) throws SignedRequestException {
    try {
      JsonNode node = JSON.readTree(envelope);
      if (node == null || !node.isObject()) {
        throw new SignedRequestException(Reason.UNDECODABLE, "the envelope is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new SignedRequestException(Reason.UNDECODABLE, "the envelope is not JSON");
    }
  }

  private static byte[] hmac(byte[] secret, String encodedEnvelope) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(encodedEnvelope.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
