package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.http.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stored Java values in their partner API text form: dateTime as 2025-01-02T03:04:05.000Z,
 * date as 2025-01-02, numbers plain (never 1E+3), booleans as true/false.
 */
final class SoapValues {
  private SoapValues() {}

  static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Instant i) {
      return Formats.soapDateTime(i);
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d).toPlainString();
    }
    return v.toString();
  }

  /** The xsi:type Salesforce puts on an AggregateResult value of this Java type. */
  static String xsdType(Object v) {
    if (v instanceof Integer || v instanceof Long) {
      return "xsd:int";
    }
    if (v instanceof BigDecimal || v instanceof Double || v instanceof Float) {
      return "xsd:double";
    }
    if (v instanceof Boolean) {
      return "xsd:boolean";
    }
    if (v instanceof LocalDate) {
      return "xsd:date";
    }
    if (v instanceof Instant) {
      return "xsd:dateTime";
    }
    return "xsd:string";
  }
}
