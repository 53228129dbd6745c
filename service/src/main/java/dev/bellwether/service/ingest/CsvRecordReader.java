package dev.bellwether.service.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV (RFC 4180) with a header row naming the fields, read row by row. A row whose width differs
 * from the header's is rejected; a quote left open ends the read at its row. Empty cells are absent
 * fields.
 */
final class CsvRecordReader implements RecordReader {
  private final CsvFactory factory = new CsvFactory();

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException, SQLException, BrokenInputException {
    // Lines are counted here, not taken from the parser: its row numbers lag behind a quoted value
    // that spans lines.
    long line = 1;
    try (CsvParser parser = (CsvParser) factory.createParser(in)) {
      // No column names: every row comes as an array of strings, the header included.
      parser.setSchema(CsvSchema.emptySchema().withoutHeader());
      List<String> header = null;
      List<String> row = new ArrayList<>();
      long next = 1;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.START_ARRAY) {
          continue;
        }
        line = next;
        row.clear();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          row.add(parser.getText());
        }
        next = line + 1 + newlines(row);
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (header == null) {
          header = row.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        } else {
          handOver(sink, line, header, row);
        }
      }
    } catch (JsonProcessingException e) {
      throw new BrokenInputException(line, "malformed CSV, reading stopped here: " + e.getOriginalMessage());
    }
  }

  private static long newlines(List<String> row) {
    long count = 0;
    for (String value : row) {
      for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
        count++;
      }
    }
    return count;
  }

  private static void handOver(RecordSink sink, long line, List<String> header, List<String> row)
      throws IOException, SQLException {
    if (row.size() != header.size()) {
      sink.unreadable(line, "has " + row.size() + " columns, the header has " + header.size(), csvLine(row));
      return;
    }
    RecordFields fields = new RecordFields();
    for (int i = 0; i < row.size(); i++) {
      if (!header.get(i).isEmpty()) {
        fields.put(header.get(i), row.get(i));
      }
    }
    sink.record(line, fields, RawLine.NONE);
  }

  /** The row written back as one CSV line, quoted where needed, to show in the rejects file. */
  private static String csvLine(List<String> row) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String value = row.get(i);
      if (i > 0) {
        line.append(',');
      }
      if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.toString();
  }
}
