package dev.bellwether.connector.salesforce.auth;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The claims of a JWT bearer assertion as Salesforce reads them, signed RS256 with the JDK.
 *
 * @param issuer the connected app's consumer key (iss)
 * @param subject the integration user's username (sub)
 * @param audience the login origin (aud): https://login.salesforce.com, https://test.salesforce.com
 *     or the org's My Domain URL
 * @param expiresAt when the assertion stops being accepted (exp, whole seconds)
 */
public record JwtAssertion(String issuer, String subject, String audience, Instant expiresAt) {
  private static final String HEADER = "{\"alg\":\"RS256\"}";

  /** header.claims.signature, each part base64url without padding. */
  public String sign(PrivateKey key) throws GeneralSecurityException {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput = b64.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claimsJson().getBytes(StandardCharsets.UTF_8));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key);
    rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + b64.encodeToString(rs256.sign());
  }

  /** The claims object, e.g. {"iss":"3MVG9...","sub":"u@acme.com","aud":"https://login.salesforce.com","exp":1735787045}. */
  public String claimsJson() {
    return "{\"iss\":" + quoted(issuer) + ",\"sub\":" + quoted(subject) + ",\"aud\":" + quoted(audience)
        + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
  }

  private static String quoted(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}
