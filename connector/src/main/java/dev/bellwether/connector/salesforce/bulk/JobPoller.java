package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import java.time.Duration;

/** Polls a Bulk job's info on a {@link PollSchedule} until the job has finished. */
final class JobPoller {
  private final RestTransport rest;
  private final PollSchedule schedule;

  JobPoller(RestTransport rest, PollSchedule schedule) {
    this.rest = rest;
    this.schedule = schedule;
  }

  /**
   * Waits for JobComplete, Failed or Aborted and returns the last info; one guarded GET per poll.
   *
   * @param jobsPath "jobs/query" or "jobs/ingest"
   */
  JobInfo awaitFinished(String jobsPath, String jobId, String object) throws CrmException {
    return awaitFinished(jobsPath, jobId, object, -1);
  }

  /**
   * As {@link #awaitFinished(String, String, String)} for a job of {@code expectedRecords} rows: once
   * the job reports progress, the next poll comes when the rate so far says it will be done, if
   * that is sooner than the schedule; so a finished job is not left waiting unnoticed.
   */
  JobInfo awaitFinished(String jobsPath, String jobId, String object, long expectedRecords) throws CrmException {
    String path = rest.dataPath(jobsPath + "/" + jobId);
    long started = System.nanoTime();
    JobInfo last = null;
    for (int attempt = 0; ; attempt++) {
      pause(nextWait(attempt, last, expectedRecords, started), object);
      last = JobInfo.from(rest.getJson("poll bulk job " + jobId, object, path), object);
      if (last.finished()) {
        return last;
      }
    }
  }

  private Duration nextWait(int attempt, JobInfo last, long expected, long startedNanos) {
    Duration scheduled = schedule.delay(attempt);
    long done = last == null ? 0 : last.processed();
    if (expected <= 0 || done <= 0 || done >= expected) {
      return scheduled;
    }
    long elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000;
    Duration predicted = Duration.ofMillis(elapsedMillis * (expected - done) / done);
    Duration floor = schedule.first();
    Duration bounded = predicted.compareTo(floor) < 0 ? floor : predicted;
    return bounded.compareTo(scheduled) < 0 ? bounded : scheduled;
  }

  /** Waits before resubmission number {@code attempt} (from 0), growing like the polls. */
  void pauseBeforeResubmission(int attempt, String object) throws CrmException {
    pause(schedule.delay(attempt + 2), object);
  }

  private static void pause(Duration d, String object) throws CrmException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException(Kind.INTERRUPTED, null, object, "interrupted while waiting for a Bulk job", e);
    }
  }
}
