package dev.bellwether.devorg.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a signed request the way a Canvas app does (Salesforce's SDK SignedRequest.verify):
 * HMAC-SHA256 with the consumer secret over the base64 envelope text, compared with the
 * decoded first part. Written apart from devorg's signer so the two cannot share a mistake.
 */
public final class SignedRequestVerifier {
  private SignedRequestVerifier() {}

  /** The decoded envelope when the signature holds; otherwise a SecurityException. */
  public static JsonNode verifyAndDecode(String signedRequest, String consumerSecret) {
    int dot = signedRequest.indexOf('.');
    if (dot <= 0) {
      throw new SecurityException("not a signed request: " + signedRequest);
    }
    String encodedSig = signedRequest.substring(0, dot);
    String encodedEnvelope = signedRequest.substring(dot + 1);
    try {
      Mac mac = Mac.getInstance("HMACSHA256");
      mac.init(new SecretKeySpec(consumerSecret.getBytes(StandardCharsets.UTF_8), "HMACSHA256"));
      byte[] expected = mac.doFinal(encodedEnvelope.getBytes(StandardCharsets.US_ASCII));
      if (!MessageDigest.isEqual(expected, decode(encodedSig))) {
        throw new SecurityException("signature does not match the envelope");
      }
      return new ObjectMapper().readTree(new String(decode(encodedEnvelope), StandardCharsets.UTF_8));
    } catch (SecurityException e) {
      throw e;
    } catch (Exception e) {
      throw new SecurityException("cannot verify the signed request: " + e, e);
    }
  }

  /** Like commons-codec Base64(true): standard or URL-safe alphabet, padding optional. */
  private static byte[] decode(String text) {
    String std = text.replace('-', '+').replace('_', '/');
    while (std.length() % 4 != 0) {
      std += "=";
    }
    return Base64.getDecoder().decode(std);
  }
}
