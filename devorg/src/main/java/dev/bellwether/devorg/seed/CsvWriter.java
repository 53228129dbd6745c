package dev.bellwether.devorg.seed;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes RFC 4180 CSV in UTF-8: CRLF line ends, and a field is quoted (with inner quotes
 * doubled) only when it holds a comma, a quote or a line break.
 */
final class CsvWriter implements Closeable {
  private final Writer out;

  CsvWriter(Path file) throws IOException {
    this.out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes one record; a null field is written empty. */
  void row(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields[i]));
    }
    out.write("\r\n");
  }

  static String quote(String field) {
    if (field == null) {
      return "";
    }
    boolean needsQuotes = false;
    for (int i = 0; i < field.length() && !needsQuotes; i++) {
      char c = field.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
