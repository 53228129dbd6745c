package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.BulkExecutor;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.soql.SoqlEngine;
import dev.bellwether.devorg.store.Ids;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query jobs of one org, in creation order; the server keeps one instance per org. */
public final class QueryJobs {
  /** Salesforce's key prefix for Bulk jobs, shared with ingest jobs. */
  private static final String JOB_KEY_PREFIX = "750";
  private final Org org;
  private final BulkExecutor executor;
  private final SoqlEngine engine;
  private final Map<String, QueryJob> jobs = new LinkedHashMap<>();

  @Inject
  public QueryJobs(Org org, BulkExecutor executor) {
    this.org = org;
    this.executor = executor;
    this.engine = new SoqlEngine(org.store(), org.clock(), org.timeZone());
  }

  SoqlEngine engine() {
    return engine;
  }

  /**
   * Registers the job and starts running it; returns the job as created (UploadComplete), as
   * the POST answers it whatever the run has done since.
   */
  QueryJobStatus start(QueryJobSpec spec, String userId) {
    QueryJob job = new QueryJob(org.store().ids().next(JOB_KEY_PREFIX), spec, userId, org.clock());
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
    QueryJobStatus created = job.status();
    executor.submit(new QueryRun(job, engine, org.faults()));
    return created;
  }

  /** A job by 15- or 18-character id; 404 NOT_FOUND like Salesforce when there is none. */
  QueryJob find(String id) {
    String full = Ids.normalize(id);
    QueryJob job;
    synchronized (jobs) {
      job = full == null ? null : jobs.get(full);
    }
    if (job == null) {
      throw BulkErrors.jobNotFound();
    }
    return job;
  }

  List<QueryJob> all() {
    synchronized (jobs) {
      return new ArrayList<>(jobs.values());
    }
  }

  void delete(QueryJob job) {
    job.delete();
    synchronized (jobs) {
      jobs.remove(job.id());
    }
  }

  /** Removes every result file when the org stops being served. */
  @PreDestroy
  public void shutdown() {
    for (QueryJob job : all()) {
      job.discard();
    }
    synchronized (jobs) {
      jobs.clear();
    }
  }
}
