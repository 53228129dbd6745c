package dev.bellwether.store.scorecards;

import java.time.Instant;
import java.util.Objects;

/**
 * An org's scorecards document as stored.
 *
 * @param orgId the org
 * @param yaml the YAML text exactly as the admin sent it, comments included
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it, as the admin API was told
 */
public record StoredScorecards(String orgId, String yaml, Instant updatedAt, String updatedBy) {

  public StoredScorecards {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(updatedBy, "updatedBy");
  }
}
