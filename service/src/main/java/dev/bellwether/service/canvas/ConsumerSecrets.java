package dev.bellwether.service.canvas;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each registered org's Canvas consumer secret, resolved once at start-up so a missing variable or
 * file stops the service with its name instead of refusing every panel later.
 */
public final class ConsumerSecrets {
  private final Map<String, byte[]> byOrg;

  /** From secrets already in hand (tests, or a caller that resolved them itself). */
  public ConsumerSecrets(Map<String, String> secretByOrgId) {
    Map<String, byte[]> m = new HashMap<>();
    secretByOrgId.forEach((org, secret) -> {
      if (!OrgKey.valid(org)) {
        throw new IllegalArgumentException("not an org id: '" + org + "'");
      }
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("the consumer secret of org " + org + " is empty");
      }
      m.put(OrgKey.of(org), secret.getBytes(StandardCharsets.UTF_8));
    });
    this.byOrg = Map.copyOf(m);
  }

  /**
   * Resolves every org's {@code consumerSecret} reference.
   *
   * @throws IllegalStateException naming the org and the reference (never the value) when one cannot be read
   */
  public static ConsumerSecrets resolve(CanvasSettings settings, Map<String, String> environment) {
    Map<String, String> m = new HashMap<>();
    for (CanvasOrg org : settings.orgs()) {
      try {
        m.put(org.orgId(), org.consumerSecret().resolve(environment));
      } catch (IllegalStateException e) {
        throw new IllegalStateException("canvas.orgs: the consumer secret of org " + org.orgId() + " ("
            + org.consumerSecret() + "): " + e.getMessage(), e);
      }
    }
    return new ConsumerSecrets(m);
  }

  /** The secret's bytes (UTF-8, as the SDK keys its Mac) for a registered org; empty for any other. */
  public Optional<byte[]> of(String orgId) {
    if (!OrgKey.valid(orgId)) {
      return Optional.empty();
    }
    byte[] secret = byOrg.get(OrgKey.of(orgId));
    return secret == null ? Optional.empty() : Optional.of(secret.clone());
  }
}
