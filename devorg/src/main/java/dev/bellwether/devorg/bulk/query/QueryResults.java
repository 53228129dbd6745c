package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.bulk.CsvFormat;
import dev.bellwether.devorg.bulk.CsvWriter;
import dev.bellwether.devorg.soql.ResultRow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The rows of a finished query job as CSV in a temp file, with the byte offset of every row:
 * the query's rows leave the heap once written, and any page (offset, maxRecords) is a byte
 * range copied straight to the response.
 */
final class QueryResults {
  private final Path file;
  private final byte[] header;
  private final long[] rowStarts;

  private QueryResults(Path file, byte[] header, long[] rowStarts) {
    this.file = file;
    this.header = header;
    this.rowStarts = rowStarts;
  }

  /** Writes every row; the job can drop the query result afterwards. */
  static QueryResults write(String jobId, CsvColumns columns, List<ResultRow> rows, CsvFormat format)
      throws IOException {
    Path file = Files.createTempFile("devorg-bulk-" + jobId + "-results-", ".csv");
    long[] starts = new long[rows.size() + 1];
    StringWriter line = new StringWriter(256);
    CsvWriter csv = new CsvWriter(line, format);
    for (String name : columns.names()) {
      csv.quoted(name);
    }
    csv.endRow();
    byte[] header = line.toString().getBytes(StandardCharsets.UTF_8);
    long offset = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int r = 0; r < rows.size(); r++) {
        starts[r] = offset;
        line.getBuffer().setLength(0);
        ResultRow row = rows.get(r);
        for (int c = 0; c < columns.size(); c++) {
          csv.quoted(CsvValues.text(columns.value(row, c)));
        }
        csv.endRow();
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        offset += bytes.length;
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    starts[rows.size()] = offset;
    return new QueryResults(file, header, starts);
  }

  int rowCount() {
    return rowStarts.length - 1;
  }

  /** Writes the header and rows [from, to) to a response. */
  void copyPage(int from, int to, OutputStream out) throws IOException {
    out.write(header);
    long start = rowStarts[from];
    long length = rowStarts[to] - start;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      WritableByteChannel target = Channels.newChannel(out);
      long done = 0;
      while (done < length) {
        done += ch.transferTo(start + done, length - done, target);
      }
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temp file is harmless.
    }
  }
}
