package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.http.Formats;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stored values as Bulk API 2.0 query results write them: dates as 2025-01-02, date-times as
 * 2025-01-02T03:04:05.000Z, booleans as true/false, numbers without exponent, null as empty.
 */
final class CsvValues {
  private CsvValues() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant i) {
      return Formats.soapDateTime(i);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }
}
