package dev.bellwether.service.scoring.health;

import dev.bellwether.metrics.health.AccountHealth;
import dev.bellwether.metrics.health.AccountSignals;
import dev.bellwether.metrics.health.Band;
import dev.bellwether.metrics.health.Explanation;
import dev.bellwether.metrics.health.HealthOverride;
import dev.bellwether.metrics.health.HealthScore;
import dev.bellwether.metrics.health.HealthScorer;
import dev.bellwether.metrics.health.HealthTrend;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.store.scoring.HealthOverrideRow;
import dev.bellwether.store.scoring.HealthSnapshotRepository;
import dev.bellwether.store.scoring.HealthSnapshotRow;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores every account and decides which need a new snapshot: a snapshot is kept when the score
 * (to two decimals), the band in force or the coverage differ from the account's latest one, and
 * never for an account that has had no score yet.
 */
public final class HealthStage {

  private final ScorecardSet scorecards;
  private final SnapshotJson json;

  public HealthStage(ScorecardSet scorecards, SnapshotJson json) {
    this.scorecards = scorecards;
    this.json = json;
  }

  /** The results of one run and the snapshots to store. */
  public record Outcome(Map<String, AccountHealthResult> results, List<HealthSnapshotRow> snapshots) {}

  public Outcome run(String orgId, LocalDate asOf, Instant now, Map<String, AccountRow> accounts,
      Map<String, AccountSignals> signals, Map<String, HealthOverrideRow> overrides,
      HealthSnapshotRepository snapshots) throws SQLException {
    Map<String, HealthSnapshotRow> latest = new HashMap<>();
    snapshots.forEachLatest(orgId, asOf, r -> latest.put(r.accountId(), r));
    Map<String, HealthSnapshotRow> monthAgo = new HashMap<>();
    snapshots.forEachLatest(orgId, HealthTrend.comparedWith(asOf), r -> monthAgo.put(r.accountId(), r));

    Map<String, AccountHealthResult> results = new LinkedHashMap<>();
    List<HealthSnapshotRow> toStore = new ArrayList<>();
    for (AccountRow account : accounts.values()) {
      AccountSignals s = signals.getOrDefault(account.id(), AccountSignals.none(account.id(), asOf));
      HealthScore score = HealthScorer.score(s, account.segment(), scorecards);
      AccountHealth health = new AccountHealth(asOf, score, Optional.ofNullable(overrides.get(account.id()))
          .map(HealthStage::override));
      HealthSnapshotRow previous = latest.get(account.id());
      HealthSnapshotRow before = monthAgo.get(account.id());
      OptionalDouble trend = HealthTrend.of(score.score(),
          before == null || before.score() == null ? OptionalDouble.empty() : OptionalDouble.of(before.score()));
      Optional<HealthScore> previousScore = previous == null ? Optional.empty()
          : Optional.of(HealthScorer.score(json.rawOf(previous.measuresJson()), score.scorecard()));
      Explanation explanation = Explanation.of(previousScore, score);
      HealthSnapshotRow row = snapshot(account.id(), asOf, now, health, trend, explanation);
      // An account that never had a score (a prospect, a customer with no data yet) keeps no
      // snapshot; one that loses its score keeps the snapshot saying so.
      boolean unscored = row.score() == null && (previous == null || previous.score() == null);
      boolean changed = !unscored && (previous == null || differs(previous, row));
      if (changed) {
        toStore.add(row);
      }
      results.put(account.id(), new AccountHealthResult(account.id(), account.segment(), health, trend, explanation,
          changed));
    }
    return new Outcome(results, toStore);
  }

  private HealthSnapshotRow snapshot(String accountId, LocalDate asOf, Instant now, AccountHealth health,
      OptionalDouble trend, Explanation explanation) {
    HealthScore score = health.computed();
    return new HealthSnapshotRow(accountId, asOf, score.scorecard().name(),
        score.score().isPresent() ? SnapshotJson.round(score.score().getAsDouble()) : null,
        health.effectiveBand().map(Band::label).orElse(null), score.coverage().scored(), score.coverage().total(),
        trend.isPresent() ? SnapshotJson.round(trend.getAsDouble()) : null, json.measures(score),
        json.explanation(explanation), now);
  }

  private static boolean differs(HealthSnapshotRow a, HealthSnapshotRow b) {
    return !Objects.equals(a.score(), b.score()) || !Objects.equals(a.band(), b.band())
        || a.measuresScored() != b.measuresScored() || a.measuresTotal() != b.measuresTotal()
        || !a.scorecard().equals(b.scorecard());
  }

  private static HealthOverride override(HealthOverrideRow row) {
    return new HealthOverride(Band.fromLabel(row.band()), row.reason(), row.author(), row.expiresOn());
  }
}
