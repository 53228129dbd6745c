package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.BulkExecutor;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.Ids;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ingest jobs of one org, in creation order; the server keeps one instance per org. */
public final class IngestJobs {
  /** Salesforce's key prefix for Bulk jobs (AsyncApexJob shares it). */
  static final String JOB_KEY_PREFIX = "750";

  private final Org org;
  private final BulkExecutor executor;
  private final Map<String, IngestJob> jobs = new LinkedHashMap<>();

  @Inject
  public IngestJobs(Org org, BulkExecutor executor) {
    this.org = org;
    this.executor = executor;
  }

  IngestJob create(IngestJobSpec spec, String userId) {
    IngestJob job = new IngestJob(org.store().ids().next(JOB_KEY_PREFIX), spec, userId, org.clock());
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
    return job;
  }

  /** A job by 15- or 18-character id; 404 NOT_FOUND like Salesforce when there is none. */
  IngestJob find(String id) {
    String full = Ids.normalize(id);
    IngestJob job;
    synchronized (jobs) {
      job = full == null ? null : jobs.get(full);
    }
    if (job == null) {
      throw BulkErrors.jobNotFound();
    }
    return job;
  }

  List<IngestJob> all() {
    synchronized (jobs) {
      return new ArrayList<>(jobs.values());
    }
  }

  /**
   * Ends the upload and queues the job for processing; returns the job as closed
   * (UploadComplete), as the PATCH answers it whatever the run has done since.
   */
  IngestJobStatus close(IngestJob job) {
    job.closeUpload();
    IngestJobStatus closed = job.status();
    executor.submit(new IngestRun(job, org));
    return closed;
  }

  void delete(IngestJob job) {
    job.delete();
    synchronized (jobs) {
      jobs.remove(job.id());
    }
  }

  /** Removes every job's temp files when the org stops being served. */
  @PreDestroy
  public void shutdown() {
    for (IngestJob job : all()) {
      job.discard();
    }
    synchronized (jobs) {
      jobs.clear();
    }
  }
}
