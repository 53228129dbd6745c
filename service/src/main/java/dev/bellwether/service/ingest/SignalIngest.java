package dev.bellwether.service.ingest;

import dev.bellwether.store.Store;
import dev.bellwether.store.signals.WriteCounts;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one input of signals into the store: each record validated (a bad one is rejected with its
 * line, field and reason and the rest go on), good ones written in batches of a few thousand, one
 * transaction each, on a second thread. Lines already stored are counted as duplicates. Memory stays
 * at two batches whatever the input's size. The CLI, the admin API and the benchmark all come here.
 */
public final class SignalIngest {
  /** Lines per batch and transaction. */
  public static final int DEFAULT_BATCH_SIZE = 5_000;

  private final Store store;
  private final int batchSize;

  public SignalIngest(Store store) {
    this(store, DEFAULT_BATCH_SIZE);
  }

  /** An ingest with another batch size (tests use small ones to cross batch boundaries). */
  public SignalIngest(Store store, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.store = store;
    this.batchSize = batchSize;
  }

  /**
   * Ingests one input.
   *
   * @param rejects receives every rejected line, in input order
   * @return the counts; a summary with {@code stopped} set when the input broke off (what came before
   *     it is stored)
   * @throws IOException when the input cannot be read (not for bad content, which is rejected)
   * @throws SQLException when the store fails; batches before the failing one stay committed
   */
  public IngestSummary ingest(IngestRequest request, InputStream in, RejectSink rejects)
      throws IOException, SQLException {
    return switch (request.kind()) {
      case USAGE -> run(request, in, rejects, new UsageLineMapper(), store.signals().usage()::write);
      case SURVEYS -> run(request, in, rejects, new SurveyLineMapper(), store.signals().surveys()::write);
      case INVOICES -> run(request, in, rejects, new InvoiceLineMapper(), store.signals().invoices()::write);
    };
  }

  private <T> IngestSummary run(IngestRequest request, InputStream in, RejectSink rejects, LineMapper<T> mapper,
      BatchWrite<T> write) throws IOException, SQLException {
    long started = System.nanoTime();
    try (PipelinedWriter<T> writer = new PipelinedWriter<>(store.transactions(), request.orgId(), write)) {
      Lines<T> lines = new Lines<>(request.source(), mapper, writer, rejects, batchSize);
      String stopped = null;
      try {
        RecordReader.of(request.format()).read(in, lines);
      } catch (BrokenInputException e) {
        stopped = request.source() + ":" + e.line() + ": " + e.getMessage();
        lines.stoppedAt(e.line(), e.getMessage());
      }
      lines.flush();
      WriteCounts written = writer.finish();
      double seconds = (System.nanoTime() - started) / 1e9;
      return new IngestSummary(request.source(), request.format(), lines.read, written.accepted(),
          written.updated(), written.duplicates(), lines.rejected, seconds, stopped);
    }
  }

  /** Sorts the records a reader hands over into the current batch or the rejects. */
  private static final class Lines<T> implements RecordSink {
    private final String source;
    private final LineMapper<T> mapper;
    private final PipelinedWriter<T> writer;
    private final RejectSink rejects;
    private final int batchSize;
    private List<T> batch;
    long read;
    long rejected;

    Lines(String source, LineMapper<T> mapper, PipelinedWriter<T> writer, RejectSink rejects, int batchSize) {
      this.source = source;
      this.mapper = mapper;
      this.writer = writer;
      this.rejects = rejects;
      this.batchSize = batchSize;
      this.batch = new ArrayList<>(batchSize);
    }

    @Override
    public void record(long line, RecordFields fields, RawLine rawLine) throws IOException, SQLException {
      read++;
      T value;
      try {
        value = mapper.map(fields);
      } catch (FieldProblem problem) {
        String raw = rawLine.text();
        reject(new Rejection(source, line, problem.field(), problem.reason(), raw != null ? raw : fields.toJson()));
        return;
      }
      batch.add(value);
      if (batch.size() >= batchSize) {
        flush();
      }
    }

    @Override
    public void unreadable(long line, String reason, String rawLine) throws IOException {
      read++;
      reject(new Rejection(source, line, null, reason, rawLine));
    }

    /** Where the input broke off: counted as one line read and rejected, so the counts still add up. */
    void stoppedAt(long line, String reason) throws IOException {
      read++;
      reject(new Rejection(source, line, null, reason, null));
    }

    private void reject(Rejection rejection) throws IOException {
      rejected++;
      rejects.reject(rejection);
    }

    void flush() throws SQLException, IOException {
      if (!batch.isEmpty()) {
        writer.submit(batch);
        batch = new ArrayList<>(batchSize);
      }
    }
  }
}
