package dev.bellwether.service.scoring.health;

import dev.bellwether.metrics.health.AccountHealth;
import dev.bellwether.metrics.health.Explanation;
import java.util.OptionalDouble;

/**
 * One account's health after a run: the computed score with its override, the 30-day trend, the
 * explanation, and whether it differs from the latest snapshot (so a new snapshot is kept).
 */
public record AccountHealthResult(String accountId, String segment, AccountHealth health, OptionalDouble trend,
    Explanation explanation, boolean changed) {}
