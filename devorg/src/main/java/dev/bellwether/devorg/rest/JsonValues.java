package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bellwether.devorg.http.Formats;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes stored field values straight to a JSON generator in Salesforce's REST forms (dates
 * as 2025-01-02, date-times as 2025-01-02T03:04:05.000+0000, numbers plain), without going
 * through data binding: query pages write hundreds of thousands of values.
 */
final class JsonValues {
  private JsonValues() {}

  static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Instant t) {
      g.writeString(Formats.restDateTime(t));
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Number n) {
      g.writeNumber(new BigDecimal(n.toString()));
    } else {
      g.writeString(v.toString());
    }
  }

  /** {"type": ..., "url": ...}; the url only when the record has an id. */
  static void writeAttributes(JsonGenerator g, String type, String url) throws IOException {
    g.writeObjectFieldStart("attributes");
    g.writeStringField("type", type);
    if (url != null) {
      g.writeStringField("url", url);
    }
    g.writeEndObject();
  }
}
