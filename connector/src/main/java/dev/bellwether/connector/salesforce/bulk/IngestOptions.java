package dev.bellwether.connector.salesforce.bulk;

import java.util.Objects;

/**
 * How Bulk ingest runs its jobs.
 *
 * @param poll the wait between polls of a job (and, growing, before a resubmission)
 * @param maxUploadBytes the largest CSV sent to one job; a bigger batch is split over several jobs
 * @param maxResubmissions how often a job that failed before writing anything is run again
 */
public record IngestOptions(PollSchedule poll, long maxUploadBytes, int maxResubmissions) {
  /** Salesforce takes 150 MB per upload once base64-encoded; it advises staying under 100 MB. */
  public static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
  public static final int DEFAULT_RESUBMISSIONS = 3;

  public IngestOptions {
    Objects.requireNonNull(poll, "poll");
    if (maxUploadBytes < 1024 || maxUploadBytes > MAX_UPLOAD_BYTES) {
      throw new IllegalArgumentException("maxUploadBytes " + maxUploadBytes + " must be between 1 KB and 100 MB");
    }
    if (maxResubmissions < 0) {
      throw new IllegalArgumentException("maxResubmissions " + maxResubmissions + " must not be negative");
    }
  }

  /** The given poll schedule, 100 MB per job, three resubmissions. */
  public static IngestOptions standard(PollSchedule poll) {
    return new IngestOptions(poll, MAX_UPLOAD_BYTES, DEFAULT_RESUBMISSIONS);
  }
}
