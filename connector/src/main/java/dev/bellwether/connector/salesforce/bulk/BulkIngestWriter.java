package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.RecordWriter;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch through Bulk API 2.0 ingest jobs: the batch becomes CSV (split over several jobs
 * past the upload limit), each job runs to its end, and its result files are matched back to
 * input positions, since Salesforce does not keep row order in them.
 *
 * <p>A job that ends Failed without having processed a record wrote nothing, so it is run again
 * as a new job, a bounded number of times, unless Salesforce rejected the data itself (InvalidBatch,
 * InvalidJob), which would fail again the same way. A job that failed part way, or was aborted, throws
 * {@link CrmException.Kind#JOB_FAILED}: some records may have been written and only the caller
 * can decide what to do.
 */
public final class BulkIngestWriter implements RecordWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkIngestWriter.class);
  private final RestTransport rest;
  private final Namespace namespace;
  private final IngestOptions options;
  private final JobPoller poller;

  /** A writer with 100 MB per job and three resubmissions. */
  public BulkIngestWriter(RestTransport rest, Namespace namespace, PollSchedule poll) {
    this(rest, namespace, IngestOptions.standard(poll));
  }

  public BulkIngestWriter(RestTransport rest, Namespace namespace, IngestOptions options) {
    this.rest = rest;
    this.namespace = namespace;
    this.options = options;
    this.poller = new JobPoller(rest, options.poll());
  }

  @Override
  public List<WriteResult> write(WriteBatch batch, ObjectSchema schema) throws CrmException {
    if (batch.records().isEmpty()) {
      return List.of();
    }
    String object = batch.object();
    IngestColumns columns = IngestColumns.of(batch, namespace);
    WriteResult[] results = new WriteResult[batch.records().size()];
    BulkIngestJob job = new BulkIngestJob(rest, poller, object, namespace.qualify(object),
        batch.operation().name().toLowerCase(Locale.ROOT),
        batch.externalIdField() == null ? null : namespace.qualify(batch.externalIdField()));
    IngestResultReader reader = new IngestResultReader(rest, namespace, object, batch.operation(), batch.records());
    try (IngestPlan plan = new IngestCsvWriter(columns, schema, options.maxUploadBytes()).write(batch)) {
      plan.refused().forEach(r -> results[r.index()] = r);
      for (IngestChunk chunk : plan.chunks()) {
        reader.read(runToEnd(job, chunk, object), chunk, results);
      }
    }
    return Arrays.asList(results);
  }

  @Override
  public String path() {
    return "bulk-ingest";
  }

  /** Runs the chunk's job until it completes, resubmitting while a failed job wrote nothing. */
  private JobInfo runToEnd(BulkIngestJob job, IngestChunk chunk, String object) throws CrmException {
    for (int resubmission = 0; ; resubmission++) {
      JobInfo info = job.run(chunk.file(), chunk.rows());
      if (info.complete()) {
        return info;
      }
      boolean nothingWritten = JobInfo.FAILED.equals(info.state()) && info.processed() == 0;
      if (!nothingWritten || rejectedData(info) || resubmission >= options.maxResubmissions()) {
        throw info.failure("ingest", object, resubmission == 0 ? null
            : "the last of " + (resubmission + 1) + " jobs for the same rows");
      }
      LOG.warn("bulk ingest job {} of {} failed before processing any record ({}); running the rows again as a"
          + " new job", info.id(), object, info.errorMessage());
      poller.pauseBeforeResubmission(resubmission, object);
    }
  }

  /**
   * Salesforce fails a job with "InvalidBatch : ..." or "InvalidJob : ..." when the data itself is
   * wrong (an unknown column, a bad header): the same rows would fail the same way again.
   */
  private static boolean rejectedData(JobInfo info) {
    String m = info.errorMessage();
    return m != null && (m.startsWith("InvalidBatch") || m.startsWith("InvalidJob"));
  }
}
