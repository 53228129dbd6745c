package dev.bellwether.store.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored health snapshot of an account.
 *
 * @param score 0–100, or null when no measure had data
 * @param band Red, Yellow or Green, or null with the score
 * @param trend score minus the score 30 days before, or null when either is missing
 * @param measuresJson per-measure raw values and scores, as the scoring job wrote them
 * @param explanationJson the measures that moved the score most, as the scoring job wrote them
 */
public record HealthSnapshotRow(
    String accountId,
    LocalDate snapshotDate,
    String scorecard,
    Double score,
    String band,
    int measuresScored,
    int measuresTotal,
    Double trend,
    String measuresJson,
    String explanationJson,
    Instant computedAt) {

  public HealthSnapshotRow {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(snapshotDate, "snapshotDate");
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(measuresJson, "measuresJson");
    Objects.requireNonNull(explanationJson, "explanationJson");
    Objects.requireNonNull(computedAt, "computedAt");
  }
}
