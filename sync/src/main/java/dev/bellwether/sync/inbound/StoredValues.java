package dev.bellwether.sync.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Converts the connector's typed values to the store's JSON-compatible ones: text, booleans, whole
 * numbers as Long, exact decimals as BigDecimal, and dates and times as ISO-8601 text (an Instant
 * in UTC with a trailing Z), so values read back compare equal whatever the database.
 */
public final class StoredValues {

  private StoredValues() {
  }

  /** The store form of a connector value; an unsupported type is an IllegalArgumentException. */
  public static Object toStored(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime) {
      return value.toString();
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      // Only reached if an adapter hands out binary floats; their decimal text is the CRM's value.
      return new BigDecimal(value.toString());
    }
    if (value instanceof java.math.BigInteger big) {
      return new BigDecimal(big);
    }
    throw new IllegalArgumentException("no stored form for a " + value.getClass().getName() + " value");
  }
}
