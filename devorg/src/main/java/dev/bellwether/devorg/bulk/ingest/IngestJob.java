package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.CsvWriter;
import dev.bellwether.devorg.bulk.JobState;
import dev.bellwether.devorg.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One ingest job and its life: Open (uploads accepted) → UploadComplete → InProgress →
 * JobComplete or Failed, or Aborted from any state before the end. State sits behind the
 * job's monitor; uploads take their own lock so a large PUT does not block polling.
 */
final class IngestJob {
  private final String id;
  private final IngestJobSpec spec;
  private final String createdById;
  private final Instant createdDate;
  private final Clock clock;
  private final JobData data;
  /** Held for a whole upload, and by closing, so no data arrives after UploadComplete. */
  private final ReentrantLock uploadLock = new ReentrantLock();
  private JobState state = JobState.OPEN;
  private Instant systemModstamp;
  private String errorMessage;
  private int processed;
  private int failed;
  private long totalMillis;
  private long apiMillis;
  private IngestResults results;
  private String[] resultHeader;
  private boolean deleted;

  IngestJob(String id, IngestJobSpec spec, String createdById, Clock clock) {
    this.id = id;
    this.spec = spec;
    this.createdById = createdById;
    this.clock = clock;
    this.createdDate = clock.instant();
    this.systemModstamp = createdDate;
    this.data = new JobData(id);
  }

  String id() {
    return id;
  }

  IngestJobSpec spec() {
    return spec;
  }

  String createdById() {
    return createdById;
  }

  JobData data() {
    return data;
  }

  synchronized IngestJobStatus status() {
    return new IngestJobStatus(id, spec, createdById, createdDate, systemModstamp, state,
        errorMessage, processed, failed, totalMillis, apiMillis);
  }

  synchronized JobState state() {
    return state;
  }

  /** Adds one PUT of CSV; later uploads must repeat the first upload's header. */
  void upload(InputStream body) throws IOException {
    uploadLock.lock();
    try {
      requireState(JobState.OPEN, "upload data");
      JobData.Part part = data.append(body);
      List<JobData.Part> parts = data.parts();
      if (part != null && parts.size() > 1) {
        checkSameHeader(parts.get(0), part);
      }
    } finally {
      uploadLock.unlock();
    }
  }

  private void checkSameHeader(JobData.Part first, JobData.Part added) throws IOException {
    String[] expected;
    String[] actual;
    try {
      expected = CsvRowReader.headerOf(data, first, spec.format());
      actual = CsvRowReader.headerOf(data, added, spec.format());
    } catch (CsvDataException | IOException e) {
      // Unreadable text is reported by the run, where Salesforce reports it too.
      return;
    }
    if (!Arrays.equals(expected, actual)) {
      data.dropLast();
      throw new ApiException(400, "BULK_API_ERROR", "Every upload to job " + id
          + " must start with the same header row as the first: " + String.join(",", expected));
    }
  }

  /** Open → UploadComplete; the caller then starts the run. */
  void closeUpload() {
    uploadLock.lock();
    try {
      synchronized (this) {
        requireState(JobState.OPEN, "set it to UploadComplete");
        moveTo(JobState.UPLOAD_COMPLETE);
      }
    } finally {
      uploadLock.unlock();
    }
  }

  /** Stops the job; rows not yet processed stay in unprocessedrecords. */
  synchronized void abort() {
    if (state.terminal()) {
      throw BulkErrors.invalidJobState("Job " + id + " is " + state.wireName() + " and can no longer be aborted");
    }
    moveTo(JobState.ABORTED);
  }

  /** Marks the job deleted (the run stops at its next chunk) and removes its files. */
  synchronized void delete() {
    if (state == JobState.OPEN || state == JobState.IN_PROGRESS) {
      throw BulkErrors.invalidJobState("Job " + id + " is " + state.wireName()
          + "; only UploadComplete, JobComplete, Aborted or Failed jobs can be deleted");
    }
    deleted = true;
    data.delete();
    if (results != null) {
      results.delete();
    }
  }

  /** Drops the job's files whatever its state (server shutdown); a running job stops. */
  synchronized void discard() {
    deleted = true;
    data.delete();
    if (results != null) {
      results.delete();
    }
  }

  // ---- called by the run

  /** UploadComplete → InProgress; false when the job was aborted or deleted meanwhile. */
  synchronized boolean begin() {
    if (deleted || state != JobState.UPLOAD_COMPLETE) {
      return false;
    }
    moveTo(JobState.IN_PROGRESS);
    return true;
  }

  /** True when the run must stop before its next chunk. */
  synchronized boolean stopRequested() {
    return deleted || state == JobState.ABORTED;
  }

  synchronized void attachResults(IngestResults r, String[] header) {
    if (deleted) {
      r.delete();
      return;
    }
    results = r;
    resultHeader = header;
  }

  synchronized void recordChunk(int rows, int failedRows, long apiChunkMillis) {
    processed += rows;
    failed += failedRows;
    apiMillis += apiChunkMillis;
  }

  synchronized void finish(long runMillis) {
    totalMillis = runMillis;
    if (results != null) {
      results.close();
    }
    if (state == JobState.IN_PROGRESS) {
      moveTo(JobState.JOB_COMPLETE);
    }
  }

  synchronized void fail(String message, long runMillis) {
    totalMillis = runMillis;
    if (results != null) {
      results.close();
    }
    if (state == JobState.IN_PROGRESS) {
      errorMessage = message;
      moveTo(JobState.FAILED);
    }
  }

  // ---- results

  /** Streams successfulResults or failedResults as committed so far. */
  void writeResults(IngestResults.Kind kind, OutputStream out) throws IOException {
    IngestResults r;
    String[] header;
    synchronized (this) {
      r = results;
      header = resultHeader;
    }
    if (r != null) {
      r.copy(kind, out);
      return;
    }
    String[] known = header != null ? header : uploadedHeader();
    out.write(IngestResults.headerOnly(kind, known, spec.format()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Streams the rows the job did not process: all of them before a run, the rest after an
   * abort, none once the job completed.
   */
  void writeUnprocessed(OutputStream out) throws IOException {
    int skip;
    synchronized (this) {
      skip = state == JobState.JOB_COMPLETE ? Integer.MAX_VALUE : processed;
    }
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = new CsvWriter(text, spec.format());
    try (CsvRowReader reader = new CsvRowReader(data, spec.format())) {
      String[] header = reader.header();
      if (header == null) {
        text.flush();
        return;
      }
      for (String name : header) {
        csv.plain(name);
      }
      csv.endRow();
      for (CsvRowReader.Row row = reader.next(); row != null; row = reader.next()) {
        if (row.index() >= skip) {
          for (String cell : row.cells()) {
            csv.quoted(cell);
          }
          csv.endRow();
        }
      }
    } catch (CsvDataException e) {
      // Rows after unparseable text cannot be told apart; what was readable has been written.
    }
    csv.flush();
  }

  private String[] uploadedHeader() {
    try (CsvRowReader reader = new CsvRowReader(data, spec.format())) {
      String[] header = reader.header();
      return header == null ? new String[0] : header;
    } catch (IOException | CsvDataException e) {
      return new String[0];
    }
  }

  private void requireState(JobState required, String action) {
    JobState now = state();
    if (now != required) {
      throw BulkErrors.invalidJobState("Job " + id + " is " + now.wireName() + "; only an "
          + required.wireName() + " job can " + action);
    }
  }

  private void moveTo(JobState next) {
    state = next;
    systemModstamp = clock.instant();
  }
}
