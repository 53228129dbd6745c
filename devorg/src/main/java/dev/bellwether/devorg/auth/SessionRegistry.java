package dev.bellwether.devorg.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Issues and checks access tokens; sessions expire after a TTL that fault injection can shorten. */
public final class SessionRegistry {
  private static final String TOKEN_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Session> refreshTokens = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private volatile Duration ttl;

  public SessionRegistry(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  public Duration ttl() {
    return ttl;
  }

  public void setTtl(Duration ttl) {
    this.ttl = ttl;
  }

  /** A new session for a user; the token has Salesforce's "orgId!opaque" shape. */
  public Session open(String orgId, String userId, String clientId) {
    String token = orgId.substring(0, 15) + "!" + randomText(96);
    Session s = new Session(token, userId, orgId, clientId, clock.instant().plus(ttl));
    sessions.put(token, s);
    return s;
  }

  /** A refresh token bound to a session's user and client. */
  public String refreshTokenFor(Session s) {
    String token = "5Aep" + randomText(80);
    refreshTokens.put(token, s);
    return token;
  }

  public Optional<Session> byRefreshToken(String token) {
    return Optional.ofNullable(token == null ? null : refreshTokens.get(token));
  }

  /** The live session for a token; empty when unknown or expired (expired ones are dropped). */
  public Optional<Session> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Session s = sessions.get(token);
    if (s == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(s.expiresAt())) {
      sessions.remove(token);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  public void revoke(String token) {
    sessions.remove(token);
    refreshTokens.remove(token);
  }

  /** Seconds a session stays valid, as getUserInfo's sessionSecondsValid reports. */
  public long secondsValid() {
    return ttl.getSeconds();
  }

  private String randomText(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
    }
    return b.toString();
  }
}
