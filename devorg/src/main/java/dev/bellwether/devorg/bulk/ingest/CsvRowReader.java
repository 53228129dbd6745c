package dev.bellwether.devorg.bulk.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.bellwether.devorg.bulk.CsvFormat;
import dev.bellwether.devorg.bulk.LineEnding;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the rows of an ingest job's uploads with Jackson's CSV parser: quotes, doubled quotes
 * and line breaks inside quotes as RFC 4180 has them, in the job's delimiter. The first row of
 * every upload is its header; blank lines are skipped.
 */
final class CsvRowReader implements Closeable {
  /**
   * One data row.
   *
   * @param index position among all data rows of the job, from 0
   * @param upload which upload it came from, from 0
   * @param line the line of its upload it starts on, from 1
   */
  record Row(int index, int upload, long line, String[] cells) {}

  /** Configured once and only read afterwards, so sharing it between jobs is safe. */
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  /** How far to look for the end of the header line when checking the line ending. */
  private static final int LINE_ENDING_SCAN = 1 << 20;

  private final JobData data;
  private final List<JobData.Part> parts;
  private final CsvFormat format;
  private final ObjectReader reader;
  private MappingIterator<String[]> current;
  private int partIndex = -1;
  private long lineAfterLastRow;
  private int rowIndex;
  private String[] header;

  CsvRowReader(JobData data, CsvFormat format) {
    this.data = data;
    this.parts = data.parts();
    this.format = format;
    this.reader = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()
        .withColumnSeparator(format.delimiter().character()).withQuoteChar('"').withoutEscapeChar());
  }

  /** The header of one upload (used to check that later uploads repeat the first header). */
  static String[] headerOf(JobData data, JobData.Part part, CsvFormat format)
      throws IOException, CsvDataException {
    try (CsvRowReader r = new CsvRowReader(data, format)) {
      MappingIterator<String[]> it = r.openPart(part, 0);
      try {
        return it.hasNextValue() ? it.nextValue() : new String[0];
      } finally {
        it.close();
      }
    }
  }

  /** The header of the first upload; null when nothing was uploaded. */
  String[] header() throws IOException, CsvDataException {
    if (header == null && !parts.isEmpty()) {
      openNextPart();
    }
    return header;
  }

  /** The next data row, or null after the last one. */
  Row next() throws IOException, CsvDataException {
    header();
    while (current != null) {
      long startLine = lineAfterLastRow;
      String[] cells;
      try {
        if (!current.hasNextValue()) {
          openNextPart();
          continue;
        }
        cells = current.nextValue();
      } catch (JsonProcessingException e) {
        throw unparseable(e);
      }
      lineAfterLastRow = current.getCurrentLocation().getLineNr();
      if (cells.length == 0 || (cells.length == 1 && cells[0].isEmpty())) {
        continue;
      }
      return new Row(rowIndex++, partIndex, startLine, cells);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  /** Moves to the next upload and consumes its header; false when there is none. */
  private boolean openNextPart() throws IOException, CsvDataException {
    close();
    partIndex++;
    if (partIndex >= parts.size()) {
      return false;
    }
    current = openPart(parts.get(partIndex), partIndex);
    String[] partHeader;
    try {
      partHeader = current.hasNextValue() ? current.nextValue() : new String[0];
    } catch (JsonProcessingException e) {
      throw unparseable(e);
    }
    lineAfterLastRow = current.getCurrentLocation().getLineNr();
    if (header == null) {
      if (partHeader.length == 0 || (partHeader.length == 1 && partHeader[0].isEmpty())) {
        throw new CsvDataException("InvalidBatch : The CSV data has no header row");
      }
      header = partHeader;
    }
    return true;
  }

  private MappingIterator<String[]> openPart(JobData.Part part, int index)
      throws IOException, CsvDataException {
    InputStream in = new BufferedInputStream(data.open(part), 1 << 16);
    skipByteOrderMark(in);
    checkLineEnding(in, index);
    return reader.readValues(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static void skipByteOrderMark(InputStream in) throws IOException {
    in.mark(3);
    if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
      in.reset();
    }
  }

  /**
   * Salesforce fails the whole job when the data's line ending is not the job's lineEnding;
   * the end of the header line tells which one the client used.
   */
  private void checkLineEnding(InputStream in, int index) throws IOException, CsvDataException {
    in.mark(LINE_ENDING_SCAN);
    boolean quoted = false;
    int previous = -1;
    Boolean crlf = null;
    for (int i = 0; i < LINE_ENDING_SCAN; i++) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        crlf = previous == '\r';
        break;
      }
      previous = b;
    }
    in.reset();
    if (crlf != null && crlf != (format.lineEnding() == LineEnding.CRLF)) {
      throw new CsvDataException("ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is "
          + format.lineEnding().name());
    }
  }

  private CsvDataException unparseable(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String upload = parts.size() > 1 ? " of upload " + (partIndex + 1) : "";
    return new CsvDataException("InvalidBatch : Failed to parse CSV data" + where + upload + ": "
        + e.getOriginalMessage());
  }
}
