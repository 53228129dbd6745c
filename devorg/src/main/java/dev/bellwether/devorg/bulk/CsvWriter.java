package dev.bellwether.devorg.bulk;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV the way Bulk API 2.0 does: data cells always in double quotes, echoed header names
 * quoted only when they must be, rows ended by the job's line ending.
 */
public final class CsvWriter {
  private final Writer out;
  private final char delimiter;
  private final String lineEnd;
  private boolean rowStarted;

  public CsvWriter(Writer out, CsvFormat format) {
    this.out = out;
    this.delimiter = format.delimiter().character();
    this.lineEnd = format.lineEnding().characters();
  }

  /** Appends a cell in double quotes; null is written as an empty quoted cell. */
  public CsvWriter quoted(String value) throws IOException {
    separate();
    out.write('"');
    if (value != null) {
      writeEscaped(value);
    }
    out.write('"');
    return this;
  }

  /** Appends a cell as it is, quoting it only when it holds a delimiter, quote or line break. */
  public CsvWriter plain(String value) throws IOException {
    if (value != null && needsQuotes(value)) {
      return quoted(value);
    }
    separate();
    if (value != null) {
      out.write(value);
    }
    return this;
  }

  /** Ends the current row. */
  public void endRow() throws IOException {
    out.write(lineEnd);
    rowStarted = false;
  }

  public void flush() throws IOException {
    out.flush();
  }

  private void separate() throws IOException {
    if (rowStarted) {
      out.write(delimiter);
    }
    rowStarted = true;
  }

  private void writeEscaped(String value) throws IOException {
    int from = 0;
    int quote = value.indexOf('"');
    while (quote >= 0) {
      out.write(value, from, quote + 1 - from);
      out.write('"');
      from = quote + 1;
      quote = value.indexOf('"', from);
    }
    out.write(value, from, value.length() - from);
  }

  private boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
