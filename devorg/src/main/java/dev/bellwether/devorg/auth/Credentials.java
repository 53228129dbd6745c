package dev.bellwether.devorg.auth;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Passwords of the org's users (kept apart from User records, as Salesforce never exposes them). */
public final class Credentials {
  private final Map<String, String> passwordByUserId = new ConcurrentHashMap<>();

  public void setPassword(String userId, String password) {
    passwordByUserId.put(userId, password);
  }

  public boolean matches(String userId, String password) {
    String expected = passwordByUserId.get(userId);
    return expected != null && password != null && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
  }

  /** Passwords by user id, for persisting a --data org. */
  public Map<String, String> all() {
    return Map.copyOf(passwordByUserId);
  }
}
