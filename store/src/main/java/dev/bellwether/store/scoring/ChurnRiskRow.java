package dev.bellwether.store.scoring;

import java.time.Instant;
import java.util.Objects;

/** An account's churn risk (probability 0–1) and the JSON of the contributions that explain it. */
public record ChurnRiskRow(String accountId, double probability, String contributionsJson, Instant scoredAt) {

  public ChurnRiskRow {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(contributionsJson, "contributionsJson");
    Objects.requireNonNull(scoredAt, "scoredAt");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("churn risk of " + accountId + " must be in [0, 1], was " + probability);
    }
  }
}
