/**
 * Health scores (domain.md, "Health score"): raw measures from an account's signals
 * ({@link dev.bellwether.metrics.health.MeasureCalculator}), scorecards per segment with weights and
 * red/green thresholds ({@link dev.bellwether.metrics.health.ScorecardSet}, checked by
 * {@link dev.bellwether.metrics.health.ScorecardValidator}), the composite score with coverage and
 * band ({@link dev.bellwether.metrics.health.HealthScorer}), trend, CSM overrides and the
 * explanation of what moved a score.
 */
package dev.bellwether.metrics.health;
