package dev.bellwether.service.panels.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Typed reads of a stored record's fields for display: a value of the wrong shape reads as absent
 * (the panel then says "not set") rather than failing the whole page over one CRM field.
 */
record RecordFields(Map<String, Object> fields) {

  String text(String name) {
    Object v = fields.get(name);
    return v == null || v.toString().isBlank() ? null : v.toString();
  }

  BigDecimal decimal(String name) {
    Object v = fields.get(name);
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return v == null ? null : new BigDecimal(v.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  LocalDate date(String name) {
    String t = text(name);
    try {
      return t == null ? null : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  Instant instant(String name) {
    String t = text(name);
    if (t == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(t.replace("+0000", "Z")).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(t);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  boolean flag(String name) {
    Object v = fields.get(name);
    return v instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(v));
  }
}
