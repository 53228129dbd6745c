package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Bulk API 2.0 ingest job from creation to its end: create, upload the CSV in one PUT,
 * UploadComplete, poll. Each step is one guarded request.
 */
final class BulkIngestJob {
  static final String JOBS = "jobs/ingest";
  private static final Logger LOG = LoggerFactory.getLogger(BulkIngestJob.class);

  private final RestTransport rest;
  private final JobPoller poller;
  private final String object;
  private final Map<String, Object> request;

  /**
   * @param object the object as the port names it (for messages)
   * @param wireObject the object as the org names it
   * @param operation insert, update, upsert or delete
   * @param wireExternalId the upsert key as the org names it, else null
   */
  BulkIngestJob(RestTransport rest, JobPoller poller, String object, String wireObject, String operation,
      String wireExternalId) {
    this.rest = rest;
    this.poller = poller;
    this.object = object;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object", wireObject);
    body.put("operation", operation);
    if (wireExternalId != null) {
      body.put("externalIdFieldName", wireExternalId);
    }
    body.put("contentType", "CSV");
    body.put("lineEnding", "LF");
    body.put("columnDelimiter", "COMMA");
    this.request = Collections.unmodifiableMap(body); // key order as Salesforce documents it
  }

  /** Runs a new job over the file and returns its final info (JobComplete, Failed or Aborted). */
  JobInfo run(Path csv, int rows) throws CrmException {
    JobInfo created = JobInfo.from(rest.sendJson("create bulk ingest job", object, "POST",
        rest.dataPath(JOBS), request), object);
    String id = created.id();
    String jobPath = rest.dataPath(JOBS + "/" + id);
    try {
      rest.exchange("upload bulk ingest data " + id, object, "PUT", jobPath + "/batches",
          RequestBody.create(csv.toFile(), RestTransport.CSV), response -> null);
    } catch (CrmException e) {
      abortQuietly(id, jobPath, e);
      throw e;
    }
    close(id, jobPath);
    LOG.info("bulk ingest job {} ({} {}) uploaded {} rows", id, request.get("operation"), object, rows);
    JobInfo done = poller.awaitFinished(JOBS, id, object, rows);
    LOG.info("bulk ingest job {} ended {}: {} processed, {} failed", id, done.state(), done.processed(),
        done.failed());
    return done;
  }

  /**
   * Sets UploadComplete. A retried PATCH whose first try went through is refused (the job is no
   * longer Open); the job's state then tells whether closing worked, rather than the refusal.
   */
  private void close(String id, String jobPath) throws CrmException {
    try {
      rest.sendJson("close bulk ingest job " + id, object, "PATCH", jobPath, Map.of("state", "UploadComplete"));
    } catch (CrmException e) {
      JobInfo now;
      try {
        now = JobInfo.from(rest.getJson("poll bulk job " + id, object, jobPath), object);
      } catch (CrmException unknown) {
        abortQuietly(id, jobPath, e);
        throw e;
      }
      if ("Open".equals(now.state())) {
        abortQuietly(id, jobPath, e);
        throw e;
      }
      LOG.info("bulk ingest job {} was closed already ({}): {}", id, now.state(), e.getMessage());
    }
  }

  /**
   * An Open job left behind holds nothing but would sit in the org's job list until Salesforce
   * expires it; one call to abort it is worth it. Its failure is logged, the upload's is thrown.
   */
  private void abortQuietly(String id, String jobPath, CrmException cause) {
    try {
      rest.sendJson("abort bulk ingest job " + id, object, "PATCH", jobPath, Map.of("state", "Aborted"));
    } catch (CrmException e) {
      LOG.warn("bulk ingest job {} could not be aborted after its upload failed ({}): {}", id,
          cause.getMessage(), e.getMessage());
    }
  }
}
