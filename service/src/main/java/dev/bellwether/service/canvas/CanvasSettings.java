package dev.bellwether.service.canvas;

import dev.bellwether.connector.salesforce.config.SecretRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code canvas:} section of bellwether.yaml, validated ({@link CanvasConfigLoader}).
 *
 * @param maxAge how old a signed request's issuedAt may be
 * @param clockSkew how far in the future issuedAt may be (the CRM's clock runs ahead of ours)
 * @param sessionTtl how long a panel session opened from a signed request lasts
 * @param sessionKey the key panel sessions are signed with; empty for a random key per process
 * @param orgs the registered orgs
 */
public record CanvasSettings(Duration maxAge, Duration clockSkew, Duration sessionTtl,
    Optional<SecretRef> sessionKey, List<CanvasOrg> orgs) {

  /** Salesforce re-signs on every page view, so a fresh request is seconds old; 15 min absorbs slow loads. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(15);
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(1);
  /** As long as a Salesforce signed request is typically valid. */
  public static final Duration DEFAULT_SESSION_TTL = Duration.ofHours(2);

  public CanvasSettings {
    orgs = List.copyOf(orgs);
  }

  /** Defaults with these orgs and a random session key. */
  public static CanvasSettings of(List<CanvasOrg> orgs) {
    return new CanvasSettings(DEFAULT_MAX_AGE, DEFAULT_CLOCK_SKEW, DEFAULT_SESSION_TTL, Optional.empty(), orgs);
  }

  /** The registered org with this id (15 or 18 characters), if any. */
  public Optional<CanvasOrg> org(String orgId) {
    String key = OrgKey.of(orgId);
    return orgs.stream().filter(o -> OrgKey.of(o.orgId()).equals(key)).findFirst();
  }
}
