package dev.bellwether.connector.salesforce.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.FieldType;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteOperation;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a batch as Bulk ingest CSV files (comma, LF, UTF-8), row by row with Jackson's CSV
 * writer, starting a new file (and so a new job) before one would pass the upload limit.
 *
 * <p>Cell rules: a field present with a value becomes its wire text; present with null, or with
 * empty text, becomes {@code #N/A}, Salesforce's "set empty"; absent leaves the cell empty, which
 * Bulk reads as "leave as is". The text {@code #N/A} itself therefore cannot be written through
 * Bulk: such a record is refused here rather than silently emptied.
 */
final class IngestCsvWriter {
  static final String SET_EMPTY = "#N/A";
  /** Immutable once built, so one writer serves every batch. */
  private static final ObjectWriter ROW = new CsvMapper().writerFor(String[].class)
      .with(CsvSchema.emptySchema().withColumnSeparator(',').withLineSeparator("\n").withoutEscapeChar())
      .with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);

  private final IngestColumns columns;
  private final ObjectSchema schema;
  private final long maxBytes;

  IngestCsvWriter(IngestColumns columns, ObjectSchema schema, long maxBytes) {
    this.columns = columns;
    this.schema = schema;
    this.maxBytes = maxBytes;
  }

  IngestPlan write(WriteBatch batch) {
    List<IngestChunk> chunks = new ArrayList<>();
    List<WriteResult> refused = new ArrayList<>();
    byte[] header = bytes(columns.wireHeader());
    Open open = null;
    boolean planned = false;
    try {
      List<CrmRecord> records = batch.records();
      for (int i = 0; i < records.size(); i++) {
        String[] cells;
        try {
          cells = cells(batch.operation(), records.get(i));
        } catch (Refusal r) {
          refused.add(WriteResult.failed(i, records.get(i).id(), List.of(r.error)));
          continue;
        }
        byte[] row = bytes(cells);
        if (open != null && open.bytes + row.length > maxBytes) {
          chunks.add(open.finish());
          open = null;
        }
        if (open == null) {
          open = new Open(header, columns);
        }
        open.add(row, cells, i);
      }
      if (open != null) {
        chunks.add(open.finish());
        open = null;
      }
      planned = true;
      return new IngestPlan(chunks, refused);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Bulk ingest CSV", e);
    } finally {
      if (open != null) {
        open.discard();
      }
      if (!planned) {
        chunks.forEach(c -> TempFiles.delete(c.file()));
      }
    }
  }

  private String[] cells(WriteOperation op, CrmRecord record) throws Refusal {
    String[] cells = new String[columns.size()];
    Arrays.fill(cells, "");
    if (op == WriteOperation.UPDATE || op == WriteOperation.DELETE) {
      Object id = record.id() != null ? record.id() : record.get(IngestColumns.ID);
      if (id == null || id.toString().isBlank()) {
        throw new Refusal(new RecordError("MISSING_ARGUMENT", "Id not specified in an "
            + op.name().toLowerCase(Locale.ROOT) + " call", List.of(IngestColumns.ID), false));
      }
      cells[0] = id.toString();
      if (op == WriteOperation.DELETE) {
        return cells;
      }
    }
    for (Map.Entry<String, Object> f : record.fields().entrySet()) {
      int at = columns.position(f.getKey());
      if (at < 0 || (at == 0 && op == WriteOperation.UPDATE)) {
        continue; // Id of an insert, or the Id already placed for an update
      }
      cells[at] = text(f.getKey(), f.getValue());
    }
    return cells;
  }

  private String text(String field, Object value) throws Refusal {
    if (value == null || (value instanceof String s && s.isEmpty())) {
      return SET_EMPTY;
    }
    if (SET_EMPTY.equals(value)) {
      throw new Refusal(new RecordError("BULK_UNREPRESENTABLE_VALUE", "The text " + SET_EMPTY
          + " cannot be written through Bulk API, which reads it as 'set empty'; write this record through"
          + " REST or SOAP", List.of(field), false));
    }
    FieldType type = schema.field(field).map(FieldSchema::type).orElseGet(() -> typeOf(value));
    try {
      return WireValues.toText(type, value);
    } catch (IllegalArgumentException e) {
      throw new Refusal(new RecordError("INVALID_TYPE_ON_FIELD_IN_RECORD", field + ": " + e.getMessage(),
          List.of(field), false));
    }
  }

  /** For a field the schema does not know (a relationship column, say): the Java value decides. */
  private static FieldType typeOf(Object value) {
    if (value instanceof Boolean) {
      return FieldType.BOOLEAN;
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof BigInteger) {
      return FieldType.INTEGER;
    } else if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      return FieldType.DECIMAL;
    } else if (value instanceof LocalDate) {
      return FieldType.DATE;
    } else if (value instanceof Instant) {
      return FieldType.DATETIME;
    } else if (value instanceof LocalTime) {
      return FieldType.TIME;
    }
    return FieldType.STRING;
  }

  private static byte[] bytes(String[] cells) {
    try {
      return ROW.writeValueAsBytes(cells);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV writing failed for plain strings", e);
    }
  }

  /** A record that cannot go into the CSV, with the reason as a record error. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient RecordError error;

    Refusal(RecordError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  /** The file being filled. */
  private static final class Open {
    private final Path file;
    private final OutputStream out;
    private final RowMatcher matcher;
    private long bytes;
    private int rows;

    Open(byte[] header, IngestColumns columns) throws IOException {
      this.file = TempFiles.create("bellwether-bulk-upload-");
      this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      this.matcher = new RowMatcher(columns.wireHeader(), columns.keyNames());
      out.write(header);
      bytes = header.length;
    }

    void add(byte[] row, String[] cells, int index) throws IOException {
      out.write(row);
      bytes += row.length;
      rows++;
      matcher.add(cells, index);
    }

    IngestChunk finish() throws IOException {
      out.close();
      return new IngestChunk(file, rows, bytes, matcher);
    }

    void discard() {
      try {
        out.close();
      } catch (IOException e) {
        // the file is deleted next; its content no longer matters
      }
      TempFiles.delete(file);
    }
  }
}
