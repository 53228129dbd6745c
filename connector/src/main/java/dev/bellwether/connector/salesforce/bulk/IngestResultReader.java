package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteOperation;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a finished ingest job's successfulResults, failedResults and unprocessedrecords (each
 * downloaded to a temp file and parsed row by row) and gives every uploaded record its result.
 * A results file the job's counters show to be empty is not fetched.
 */
final class IngestResultReader {
  private static final Logger LOG = LoggerFactory.getLogger(IngestResultReader.class);
  private static final String SF_ID = "sf__Id";
  private static final String SF_CREATED = "sf__Created";
  private static final String SF_ERROR = "sf__Error";

  private final RestTransport rest;
  private final Namespace namespace;
  private final String object;
  private final WriteOperation operation;
  private final List<CrmRecord> records;

  IngestResultReader(RestTransport rest, Namespace namespace, String object, WriteOperation operation,
      List<CrmRecord> records) {
    this.rest = rest;
    this.namespace = namespace;
    this.object = object;
    this.operation = operation;
    this.records = records;
  }

  /** Fills {@code results} for every row of the chunk the job ran. */
  void read(JobInfo job, IngestChunk chunk, WriteResult[] results) throws CrmException {
    RowMatcher matcher = chunk.matcher();
    if (job.processed() > job.failed()) {
      readFile(job, "successfulResults", matcher, results, (cells, at, index) -> WriteResult.ok(index,
          emptyToNull(cells[at.id]), Boolean.parseBoolean(cells[at.second])));
    }
    if (job.failed() > 0) {
      readFile(job, "failedResults", matcher, results, (cells, at, index) -> WriteResult.failed(index,
          idOf(emptyToNull(cells[at.id]), index), BulkErrorText.parse(cells[at.second], namespace)));
    }
    if (job.processed() < chunk.rows()) {
      readFile(job, "unprocessedrecords", matcher, results,
          (cells, at, index) -> unprocessed(index, job.id() + " did not process this record"));
    }
    List<Integer> missing = matcher.unmatched();
    if (!missing.isEmpty()) {
      LOG.warn("bulk ingest job {} of {}: {} of {} rows came back in no result file", job.id(), object,
          missing.size(), chunk.rows());
      for (int index : missing) {
        results[index] = unprocessed(index, job.id() + " returned no result for this record");
      }
    }
  }

  private void readFile(JobInfo job, String file, RowMatcher matcher, WriteResult[] results, RowResult mapping)
      throws CrmException {
    String what = "bulk ingest " + file + " " + job.id();
    try (CsvDownload download = CsvDownload.fetch(rest, what, object,
        rest.dataPath(BulkIngestJob.JOBS + "/" + job.id() + "/" + file));
        CsvRows rows = CsvRows.open(download.file(), what, object)) {
      String[] header = rows.header();
      Columns at = new Columns(indexOf(header, SF_ID), indexOf(header, file.startsWith("failed") ? SF_ERROR
          : SF_CREATED));
      boolean hasSfColumns = !file.equals("unprocessedrecords");
      RowMatcher.Lookup lookup = matcher.under(header);
      if ((hasSfColumns && (at.id < 0 || at.second < 0)) || !lookup.usable()) {
        throw new CrmException(Kind.PROTOCOL, null, object, what + ": unexpected header " + String.join(",", header)
            + " (rows are matched by " + matcher.describeKey() + ")");
      }
      int unmatched = 0;
      for (String[] cells = rows.next(); cells != null; cells = rows.next()) {
        if (cells.length < header.length) {
          throw new CrmException(Kind.PROTOCOL, null, object, what + ": a row of " + cells.length
              + " values under a header of " + header.length);
        }
        int index = lookup.take(cells);
        if (index < 0) {
          unmatched++;
          continue;
        }
        results[index] = mapping.result(cells, at, index);
      }
      if (unmatched > 0) {
        LOG.warn("{}: {} result rows matched no uploaded row", what, unmatched);
      }
    }
  }

  /** The id a failed update or delete concerned, when Salesforce left sf__Id empty. */
  private String idOf(String reported, int index) {
    if (reported != null || operation == WriteOperation.INSERT) {
      return reported;
    }
    return records.get(index).id();
  }

  private WriteResult unprocessed(int index, String why) {
    String id = operation == WriteOperation.UPDATE || operation == WriteOperation.DELETE
        ? records.get(index).id() : null;
    return WriteResult.failed(index, id, List.of(new RecordError("UNPROCESSED", "Bulk ingest job " + why,
        List.of(), true)));
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Where sf__Id and the second sf__ column sit in a result file. */
  private record Columns(int id, int second) {}

  /** The result of one row of one kind of result file. */
  @FunctionalInterface
  private interface RowResult {
    WriteResult result(String[] cells, Columns at, int index);
  }
}
