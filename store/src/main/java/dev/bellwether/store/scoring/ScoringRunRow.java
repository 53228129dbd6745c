package dev.bellwether.store.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * One scoring run: who ran it, when, the newest CRM change it read ({@code crmVersion}, null for
 * an empty store) and the JSON summary of its stages.
 */
public record ScoringRunRow(String instanceId, Instant startedAt, Instant finishedAt, Instant crmVersion,
    String summaryJson) {

  public ScoringRunRow {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(summaryJson, "summaryJson");
  }
}
