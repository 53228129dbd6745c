package dev.bellwether.metrics.adoption;

import java.time.Instant;
import java.util.Objects;

/** An account used a feature at an instant (one row per use, or per first use in a window). */
public record FeatureUse(String accountId, String feature, Instant usedAt) {

  public FeatureUse {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(usedAt, "usedAt");
  }
}
