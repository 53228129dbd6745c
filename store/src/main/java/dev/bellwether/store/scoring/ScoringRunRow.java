package dev.bellwether.store.scoring;

import java.time.Instant;
import java.util.Objects;

/** One scoring run: who ran it, when, and the JSON summary of its stages. */
public record ScoringRunRow(String instanceId, Instant startedAt, Instant finishedAt, String summaryJson) {

  public ScoringRunRow {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(summaryJson, "summaryJson");
  }
}
