package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.bulk.CsvFormat;
import dev.bellwether.devorg.bulk.CsvWriter;
import dev.bellwether.devorg.store.SaveError;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The successfulResults and failedResults CSVs of an ingest job. The running job appends to
 * two temp files; readers get what was committed after the last finished chunk, so a poll in
 * the middle of a run never sees half a row.
 */
final class IngestResults {
  /** Which of the two result files. */
  enum Kind {
    SUCCESSFUL("sf__Created"),
    FAILED("sf__Error");

    private final String secondColumn;

    Kind(String secondColumn) {
      this.secondColumn = secondColumn;
    }
  }

  private final Sink successful;
  private final Sink failed;

  private IngestResults(Sink successful, Sink failed) {
    this.successful = successful;
    this.failed = failed;
  }

  /** Creates both files, each starting with its header row. */
  static IngestResults create(String jobId, String[] header, CsvFormat format) throws IOException {
    Sink ok = Sink.create(jobId, Kind.SUCCESSFUL, header, format);
    try {
      return new IngestResults(ok, Sink.create(jobId, Kind.FAILED, header, format));
    } catch (IOException e) {
      ok.delete();
      throw e;
    }
  }

  /** The header row alone, for a job that has no result files (yet). */
  static String headerOnly(Kind kind, String[] header, CsvFormat format) {
    StringWriter text = new StringWriter();
    try {
      writeHeader(new CsvWriter(text, format), kind, header);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  void success(String id, boolean created, String[] cells, int width) throws IOException {
    successful.row(id, Boolean.toString(created), cells, width);
  }

  void failure(String id, List<SaveError> errors, String[] cells, int width) throws IOException {
    failed.row(id, errorText(errors), cells, width);
  }

  /** Makes everything written so far visible to readers. */
  void commit() throws IOException {
    successful.commit();
    failed.commit();
  }

  /** Copies the committed part of one file. */
  void copy(Kind kind, OutputStream out) throws IOException {
    (kind == Kind.SUCCESSFUL ? successful : failed).copyTo(out);
  }

  void close() {
    successful.close();
    failed.close();
  }

  void delete() {
    successful.delete();
    failed.delete();
  }

  /**
   * Salesforce's sf__Error text, CODE:message:fields --, e.g.
   * "REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --" and, with no fields,
   * "INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--".
   */
  static String errorText(List<SaveError> errors) {
    StringBuilder text = new StringBuilder();
    for (SaveError e : errors) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(e.statusCode()).append(':').append(e.message()).append(':');
      for (String f : e.fields()) {
        text.append(f).append(' ');
      }
      text.append("--");
    }
    return text.toString();
  }

  private static void writeHeader(CsvWriter csv, Kind kind, String[] header) throws IOException {
    csv.quoted("sf__Id").quoted(kind.secondColumn);
    for (String name : header) {
      csv.plain(name);
    }
    csv.endRow();
  }

  /** One result file: an appending writer and the length readers may see. */
  private static final class Sink {
    private final Path file;
    private final FileOutputStream bytes;
    private final CsvWriter csv;
    private volatile long committed;

    private Sink(Path file, FileOutputStream bytes, CsvWriter csv) {
      this.file = file;
      this.bytes = bytes;
      this.csv = csv;
    }

    static Sink create(String jobId, Kind kind, String[] header, CsvFormat format) throws IOException {
      Path file = Files.createTempFile("devorg-bulk-" + jobId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-", ".csv");
      FileOutputStream bytes = new FileOutputStream(file.toFile());
      CsvWriter csv = new CsvWriter(new BufferedWriter(
          new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16), format);
      Sink sink = new Sink(file, bytes, csv);
      writeHeader(csv, kind, header);
      sink.commit();
      return sink;
    }

    void row(String id, String second, String[] cells, int width) throws IOException {
      csv.quoted(id == null ? "" : id).quoted(second);
      // A ragged row is echoed cut or padded to the header, so the result stays parseable.
      for (int i = 0; i < width; i++) {
        csv.quoted(i < cells.length ? cells[i] : "");
      }
      csv.endRow();
    }

    void commit() throws IOException {
      csv.flush();
      committed = bytes.getChannel().position();
    }

    void copyTo(OutputStream out) throws IOException {
      long length = committed;
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        long done = 0;
        var target = Channels.newChannel(out);
        while (done < length) {
          done += ch.transferTo(done, length - done, target);
        }
      }
    }

    void close() {
      try {
        csv.flush();
        bytes.close();
      } catch (IOException e) {
        // Closing after the last commit: nothing a reader can see is lost.
      }
    }

    void delete() {
      close();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temp file is harmless.
      }
    }
  }
}
