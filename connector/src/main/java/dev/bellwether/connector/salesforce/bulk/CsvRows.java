package dev.bellwether.connector.salesforce.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Bulk API CSV file row by row with Jackson's CSV parser (RFC 4180 quoting, line breaks
 * inside quotes, UTF-8): the first row is the header, every row is read once and forgotten.
 */
final class CsvRows implements AutoCloseable {
  /** Immutable once built, so one reader serves every file. */
  private static final ObjectReader READER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar());

  private final String what;
  private final String object;
  private final MappingIterator<String[]> rows;
  private final String[] header;

  private CsvRows(String what, String object, MappingIterator<String[]> rows, String[] header) {
    this.what = what;
    this.object = object;
    this.rows = rows;
    this.header = header;
  }

  /** Opens a file and reads its header; an empty file has an empty header and no rows. */
  static CsvRows open(Path file, String what, String object) throws CrmException {
    BufferedReader text;
    try {
      text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open Bulk API temp file " + file, e);
    }
    try {
      MappingIterator<String[]> it = READER.readValues(text);
      String[] header = it.hasNextValue() ? it.nextValue() : new String[0];
      return new CsvRows(what, object, it, header);
    } catch (IOException e) {
      closeQuietly(text);
      throw unreadable(what, object, e);
    }
  }

  String[] header() {
    return header.clone();
  }

  /** The next data row, or null after the last; blank lines are skipped. */
  String[] next() throws CrmException {
    try {
      while (rows.hasNextValue()) {
        String[] cells = rows.nextValue();
        if (cells.length == 0 || (cells.length == 1 && cells[0].isEmpty() && header.length > 1)) {
          continue;
        }
        return cells;
      }
      return null;
    } catch (IOException e) {
      throw unreadable(what, object, e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close Bulk API temp file", e);
    }
  }

  private static CrmException unreadable(String what, String object, IOException e) {
    String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.toString();
    return new CrmException(Kind.PROTOCOL, null, object, what + ": unreadable CSV: " + detail, e);
  }

  private static void closeQuietly(BufferedReader text) {
    try {
      text.close();
    } catch (IOException ignored) {
      // the open already failed; that failure is the one reported
    }
  }
}
