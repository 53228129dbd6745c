package dev.bellwether.sync.conflict;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Whether two field values in store form mean the same: numbers by value (72, 72.0 and "72" are
 * one score, as the CRM answers a number field with its own scale), instants by the moment they
 * name, everything else by equality.
 */
public final class FieldValues {

  private FieldValues() {
  }

  /** True when {@code a} and {@code b} are the same field value; null only equals null. */
  public static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals(b)) {
      return true;
    }
    BigDecimal na = number(a);
    BigDecimal nb = number(b);
    if (na != null && nb != null) {
      return na.compareTo(nb) == 0;
    }
    if (a instanceof Boolean || b instanceof Boolean) {
      return a.toString().equalsIgnoreCase(b.toString());
    }
    if (a instanceof String sa && b instanceof String sb) {
      Instant ia = instant(sa);
      Instant ib = instant(sb);
      return ia != null && ia.equals(ib);
    }
    return false;
  }

  private static BigDecimal number(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return new BigDecimal(v.toString());
    }
    if (v instanceof String s && !s.isBlank()) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Instant instant(String s) {
    if (s.length() < 20 || s.charAt(10) != 'T') {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
