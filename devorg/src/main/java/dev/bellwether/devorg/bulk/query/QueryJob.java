package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.JobState;
import java.time.Clock;
import java.time.Instant;

/**
 * One query job: UploadComplete as created, InProgress while the query runs and its CSV is
 * written, then JobComplete (or Failed); Aborted when the client stops it first.
 */
final class QueryJob {
  private final String id;
  private final QueryJobSpec spec;
  private final String createdById;
  private final Instant createdDate;
  private final Clock clock;
  private JobState state = JobState.UPLOAD_COMPLETE;
  private Instant systemModstamp;
  private String errorMessage;
  private long totalMillis;
  private QueryResults results;
  private boolean deleted;

  QueryJob(String id, QueryJobSpec spec, String createdById, Clock clock) {
    this.id = id;
    this.spec = spec;
    this.createdById = createdById;
    this.clock = clock;
    this.createdDate = clock.instant();
    this.systemModstamp = createdDate;
  }

  String id() {
    return id;
  }

  QueryJobSpec spec() {
    return spec;
  }

  synchronized QueryJobStatus status() {
    return new QueryJobStatus(id, spec, createdById, createdDate, systemModstamp, state, errorMessage,
        results == null ? 0 : results.rowCount(), totalMillis);
  }

  /** The results of a JobComplete job; any other state cannot be read from. */
  synchronized QueryResults results() {
    if (state != JobState.JOB_COMPLETE) {
      throw BulkErrors.invalidJobState("Job " + id + " is " + state.wireName()
          + "; results can only be read from a JobComplete job");
    }
    return results;
  }

  synchronized void abort() {
    if (state.terminal()) {
      throw BulkErrors.invalidJobState("Job " + id + " is " + state.wireName() + " and can no longer be aborted");
    }
    moveTo(JobState.ABORTED);
  }

  synchronized void delete() {
    if (!state.terminal()) {
      throw BulkErrors.invalidJobState("Job " + id + " is " + state.wireName()
          + "; only JobComplete, Aborted or Failed jobs can be deleted");
    }
    deleted = true;
    if (results != null) {
      results.delete();
      results = null;
    }
  }

  // ---- called by the run

  synchronized boolean begin() {
    if (deleted || state != JobState.UPLOAD_COMPLETE) {
      return false;
    }
    moveTo(JobState.IN_PROGRESS);
    return true;
  }

  /** Keeps the written results unless the job was aborted or deleted meanwhile. */
  synchronized void complete(QueryResults written, long runMillis) {
    totalMillis = runMillis;
    if (deleted || state != JobState.IN_PROGRESS) {
      written.delete();
      return;
    }
    results = written;
    moveTo(JobState.JOB_COMPLETE);
  }

  synchronized void fail(String message, long runMillis) {
    totalMillis = runMillis;
    if (state == JobState.IN_PROGRESS) {
      errorMessage = message;
      moveTo(JobState.FAILED);
    }
  }

  /** Drops the result file (server shutdown). */
  synchronized void discard() {
    deleted = true;
    if (results != null) {
      results.delete();
      results = null;
    }
  }

  private void moveTo(JobState next) {
    state = next;
    systemModstamp = clock.instant();
  }
}
