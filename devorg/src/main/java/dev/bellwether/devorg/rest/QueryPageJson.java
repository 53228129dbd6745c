package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.bellwether.devorg.soql.ResultRow;
import dev.bellwether.devorg.soql.SoqlResult;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one page of a query result as REST JSON: {totalSize, done, nextRecordsUrl?,
 * records}, each record with its attributes and then its selected values; relationship values
 * nest as objects with their own attributes. Values go straight to the generator.
 */
final class QueryPageJson {
  private final String sobjectsBase;
  /** Field names encoded once per page rather than once per record. */
  private final Map<String, SerializedString> names = new HashMap<>();

  QueryPageJson(ApiVersion version) {
    this.sobjectsBase = version.root() + "/sobjects/";
  }

  /**
   * @param from first row of the page
   * @param to one past the last row of the page
   * @param nextRecordsUrl null on the last page
   */
  void write(JsonGenerator g, SoqlResult result, int from, int to, String nextRecordsUrl)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("totalSize", result.totalSize());
    g.writeBooleanField("done", nextRecordsUrl == null);
    if (nextRecordsUrl != null) {
      g.writeStringField("nextRecordsUrl", nextRecordsUrl);
    }
    g.writeArrayFieldStart("records");
    List<ResultRow> rows = result.rows();
    for (int i = from; i < to; i++) {
      writeRow(g, rows.get(i));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeRow(JsonGenerator g, ResultRow row) throws IOException {
    g.writeStartObject();
    String id = row.recordId();
    JsonValues.writeAttributes(g, row.type(), id == null ? null : sobjectsBase + row.type() + "/" + id);
    for (Map.Entry<String, Object> e : row.fields().entrySet()) {
      g.writeFieldName(names.computeIfAbsent(e.getKey(), SerializedString::new));
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  private void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof ResultRow nested) {
      writeRow(g, nested);
    } else if (v instanceof SoqlResult children) {
      // A child relationship sub-select: a nested query result, all on one page.
      write(g, children, 0, children.rows().size(), null);
    } else {
      JsonValues.write(g, v);
    }
  }
}
