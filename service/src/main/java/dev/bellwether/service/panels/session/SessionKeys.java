package dev.bellwether.service.panels.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys derived from the configured panel key, one to sign session tokens and one to derive
 * CSRF tokens, so a value made for one purpose never verifies for the other.
 */
public final class SessionKeys {
  private static final int MIN_KEY_BYTES = 16;
  private final byte[] sessionKey;
  private final byte[] csrfKey;

  /** Keys derived from a configured secret (at least 16 bytes). */
  public SessionKeys(byte[] master) {
    if (master.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("canvas.sessionKey must be at least " + MIN_KEY_BYTES + " bytes, was "
          + master.length);
    }
    this.sessionKey = hmac(master, "bellwether panel session v1");
    this.csrfKey = hmac(master, "bellwether panel csrf v1");
  }

  /** Keys from fresh random bytes: sessions then end with the process and are not shared across instances. */
  public static SessionKeys random() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return new SessionKeys(b);
  }

  byte[] signSession(String data) {
    return hmac(sessionKey, data);
  }

  byte[] signCsrf(String data) {
    return hmac(csrfKey, data);
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
