package dev.bellwether.service.scoring.writeback;

/** What a run's write-back changed: each count is records whose values went to the outbox. */
public record WriteCounts(int accountsChanged, int snapshots, int renewalsChanged, int remindersCreated,
    int churnReasonsChanged) {}
