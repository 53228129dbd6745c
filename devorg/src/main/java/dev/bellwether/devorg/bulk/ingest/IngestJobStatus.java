package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.bulk.JobState;
import java.time.Instant;

/** A consistent snapshot of an ingest job for its JSON views. */
record IngestJobStatus(String id, IngestJobSpec spec, String createdById, Instant createdDate,
    Instant systemModstamp, JobState state, String errorMessage, int processed, int failed,
    long totalProcessingMillis, long apiActiveMillis) {}
