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
    String path = rest.dataPath(jobsPath + "/" + jobId);
    for (int attempt = 0; ; attempt++) {
      pause(schedule.delay(attempt), object);
      JobInfo info = JobInfo.from(rest.getJson("poll bulk job " + jobId, object, path), object);
      if (info.finished()) {
        return info;
      }
    }
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
