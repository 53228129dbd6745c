package dev.bellwether.service.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI's rejects: the first {@value #PRINTED} printed to stderr as they come, every one written
 * to an NDJSON file ({@code file}, {@code line}, {@code field}, {@code reason}, {@code raw}) that is
 * created only when there is something to write.
 */
final class RejectLog implements RejectSink, Closeable {
  /** Rejects printed to the console; the rest are only counted there. */
  static final int PRINTED = 100;

  private final PrintWriter console;
  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper();
  private BufferedWriter out;
  private long total;

  /**
   * @param console where the first rejects are printed
   * @param file where all of them are written
   */
  RejectLog(PrintWriter console, Path file) {
    this.console = console;
    this.file = file;
  }

  @Override
  public void reject(Rejection rejection) throws IOException {
    total++;
    if (total <= PRINTED) {
      console.println(rejection.message());
    }
    if (out == null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
    ObjectNode line = mapper.createObjectNode();
    line.put("file", rejection.source());
    line.put("line", rejection.line());
    line.put("field", rejection.field());
    line.put("reason", rejection.reason());
    line.put("raw", rejection.raw());
    out.write(mapper.writeValueAsString(line));
    out.newLine();
  }

  /** Rejects seen so far. */
  long total() {
    return total;
  }

  /** Rejects seen but not printed. */
  long notPrinted() {
    return Math.max(0, total - PRINTED);
  }

  /** The rejects file, or null when nothing was rejected (and no file was created). */
  Path writtenFile() {
    return out == null ? null : file;
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }
}
