package dev.bellwether.service.scoring.book;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Typed reads of stored CRM field values (JSON text, numbers and booleans as the sync stored
 * them). A value that does not parse reads as absent: one bad record never stops a scoring run.
 */
final class FieldValues {

  private final Map<String, Object> fields;

  FieldValues(Map<String, Object> fields) {
    this.fields = fields;
  }

  String text(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  Instant instant(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.replace("+0000", "Z")).toInstant();
    } catch (DateTimeParseException e) {
      LocalDate day = date(name);
      return day == null ? null : day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
  }

  BigDecimal decimal(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  Integer integer(String name) {
    BigDecimal value = decimal(name);
    return value == null ? null : value.intValue();
  }

  boolean flag(String name) {
    Object value = fields.get(name);
    return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().strip());
  }
}
