package dev.bellwether.service.scorecards;

import dev.bellwether.store.scorecards.StoredScorecards;
import java.util.Objects;
import java.util.Optional;

/**
 * The scorecards YAML an org runs on: its own as stored, or the shipped defaults.
 *
 * @param yaml the document's text
 * @param stored the org's stored row; empty when the defaults apply
 */
public record ScorecardDocument(String yaml, Optional<StoredScorecards> stored) {

  public ScorecardDocument {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(stored, "stored");
  }

  /** Whether this is the shipped defaults rather than the org's own document. */
  public boolean isDefault() {
    return stored.isEmpty();
  }
}
