package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.bulk.JobState;
import java.time.Instant;

/** A consistent snapshot of a query job for its JSON views. */
record QueryJobStatus(String id, QueryJobSpec spec, String createdById, Instant createdDate,
    Instant systemModstamp, JobState state, String errorMessage, int recordsProcessed,
    long totalProcessingMillis) {}
