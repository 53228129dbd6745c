package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.faults.FaultInjector;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes an ingest job in the background. The CSV is checked whole first (header, line
 * ending, parseable text), as Salesforce does when it splits data into batches, so a bad file
 * fails the job before anything is written. Rows then go to the store in chunks of 200, each
 * chunk its own transaction without allOrNone: one bad row never holds back the others.
 */
final class IngestRun implements Runnable {
  static final int CHUNK_SIZE = 200;
  private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);

  private final IngestJob job;
  private final Org org;

  IngestRun(IngestJob job, Org org) {
    this.job = job;
    this.org = org;
  }

  @Override
  public void run() {
    long started = System.nanoTime();
    if (!job.begin()) {
      return;
    }
    if (org.faults().bulkJobFailure()) {
      job.fail(FaultInjector.BULK_FAILURE_MESSAGE, millisSince(started));
      return;
    }
    try {
      ObjectDef object = org.schema().object(job.spec().object()).orElseThrow(() ->
          new CsvDataException("InvalidJob : Unable to find object: " + job.spec().object()));
      IngestHeader header = checkWholeFile(object);
      if (header == null) {
        job.finish(millisSince(started));
        return;
      }
      IngestResults results = IngestResults.create(job.id(), header.names(), job.spec().format());
      job.attachResults(results, header.names());
      process(new RowConverter(job.spec(), header, object, org.store()), results, header.size());
      job.finish(millisSince(started));
    } catch (CsvDataException e) {
      job.fail(e.getMessage(), millisSince(started));
    } catch (IOException | RuntimeException e) {
      if (!job.stopRequested()) {
        LOG.error("bulk ingest job {} failed", job.id(), e);
      }
      job.fail("InternalServerError : " + e, millisSince(started));
    }
  }

  /** Resolves the header and parses every row once; null when no data was uploaded. */
  private IngestHeader checkWholeFile(ObjectDef object) throws IOException, CsvDataException {
    try (CsvRowReader reader = new CsvRowReader(job.data(), job.spec().format())) {
      String[] names = reader.header();
      if (names == null) {
        return null;
      }
      IngestHeader header = IngestHeader.resolve(names, object, org.schema());
      while (reader.next() != null) {
        // Parsing is the check; the rows are read again when they are written.
      }
      return header;
    }
  }

  private void process(RowConverter converter, IngestResults results, int width)
      throws IOException, CsvDataException {
    try (CsvRowReader reader = new CsvRowReader(job.data(), job.spec().format())) {
      reader.header();
      List<RowPlan> chunk = new ArrayList<>(CHUNK_SIZE);
      for (CsvRowReader.Row row = reader.next(); row != null; row = reader.next()) {
        chunk.add(converter.plan(row));
        if (chunk.size() == CHUNK_SIZE) {
          if (!write(chunk, results, width)) {
            return;
          }
          chunk.clear();
        }
      }
      if (!chunk.isEmpty()) {
        write(chunk, results, width);
      }
    }
  }

  /** Writes one chunk and its results; false when the job was aborted or deleted. */
  private boolean write(List<RowPlan> chunk, IngestResults results, int width) throws IOException {
    if (job.stopRequested()) {
      return false;
    }
    List<WriteOp> ops = new ArrayList<>(chunk.size());
    for (RowPlan p : chunk) {
      if (p.op() != null) {
        ops.add(p.op());
      }
    }
    long applyStarted = System.nanoTime();
    List<WriteResult> written = ops.isEmpty() ? List.of()
        : org.store().apply(ops, false, org.writeAs(job.createdById()));
    long applyMillis = millisSince(applyStarted);
    int next = 0;
    int failed = 0;
    for (RowPlan p : chunk) {
      String[] cells = p.row().cells();
      if (p.op() == null) {
        results.failure(p.rowId(), List.of(p.error()), cells, width);
        failed++;
        continue;
      }
      WriteResult r = written.get(next++);
      if (r.success()) {
        results.success(r.id(), r.created(), cells, width);
      } else {
        results.failure(r.id() != null ? r.id() : p.rowId(), r.errors(), cells, width);
        failed++;
      }
    }
    results.commit();
    job.recordChunk(chunk.size(), failed, applyMillis);
    return true;
  }

  private static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }
}
