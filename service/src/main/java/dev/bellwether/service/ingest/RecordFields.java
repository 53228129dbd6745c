package dev.bellwether.service.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One record's fields as text, by lower-case name (field names are case-insensitive snake_case;
 * unknown ones are kept but never read). Each typed read names the field when it fails.
 */
final class RecordFields {
  private static final JsonFactory JSON = new JsonFactory();

  /** Field name to its text; a JSON null is kept as null, an object or array as its kind. */
  private final Map<String, String> values = new LinkedHashMap<>(16);
  private Map<String, String> structured;

  /** Sets a field; a later one of the same name wins. */
  void put(String name, String value) {
    values.put(lower(name), value);
  }

  /** Records that a field holds a JSON object or array, which no signal field accepts. */
  void putStructured(String name, String what) {
    if (structured == null) {
      structured = new HashMap<>(4);
    }
    structured.put(lower(name), what);
    values.put(lower(name), null);
  }

  /** The field's text, stripped; null when absent, null or blank. */
  String text(String name) throws FieldProblem {
    String value = values.get(name);
    if (value == null) {
      if (structured != null && structured.containsKey(name)) {
        throw new FieldProblem(name, "expected a single value, found " + structured.get(name));
      }
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** The field's text, which must be there. */
  String required(String name) throws FieldProblem {
    String value = text(name);
    if (value == null) {
      throw new FieldProblem(name, "missing");
    }
    return value;
  }

  /** An id or name of at most {@code maxLength} characters; null when absent and not required. */
  String id(String name, int maxLength, boolean required) throws FieldProblem {
    String value = required ? required(name) : text(name);
    if (value != null && value.length() > maxLength) {
      throw new FieldProblem(name, value.length() + " characters, at most " + maxLength + " allowed");
    }
    return value;
  }

  /** A day {@code yyyy-MM-dd}; null when absent and not required. */
  LocalDate day(String name, boolean required) throws FieldProblem {
    String value = required ? required(name) : text(name);
    if (value == null) {
      return null;
    }
    LocalDate day = IsoTimes.day(value);
    if (day == null) {
      throw new FieldProblem(name, "'" + shorten(value) + "' is not a day such as 2024-03-01");
    }
    return day;
  }

  /** An instant with an offset, such as {@code 2024-03-01T10:15:30Z}; null when absent and not required. */
  Instant instant(String name, boolean required) throws FieldProblem {
    String value = required ? required(name) : text(name);
    if (value == null) {
      return null;
    }
    Instant instant = IsoTimes.instant(value);
    if (instant == null) {
      throw new FieldProblem(name, "'" + shorten(value) + "' is not an instant such as 2024-03-01T10:15:30Z");
    }
    return instant;
  }

  /** A whole number (a JSON number or its text; {@code 12.0} is 12); null when absent and not required. */
  Long whole(String name, boolean required) throws FieldProblem {
    String value = required ? required(name) : text(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notPlain) {
      try {
        return new BigDecimal(value).longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new FieldProblem(name, "'" + shorten(value) + "' is not a whole number");
      }
    }
  }

  /** A whole number from {@code min} to {@code max}; null when absent and not required. */
  Integer wholeBetween(String name, boolean required, long min, long max) throws FieldProblem {
    Long value = whole(name, required);
    if (value != null && (value < min || value > max)) {
      throw new FieldProblem(name, value + " is outside " + min + "–" + max);
    }
    return value == null ? null : value.intValue();
  }

  /** A decimal number; null when absent and not required. */
  BigDecimal decimal(String name, boolean required) throws FieldProblem {
    String value = required ? required(name) : text(name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new FieldProblem(name, "'" + shorten(value) + "' is not a number");
    }
  }

  /** The fields as a one-line JSON object, for the rejects file: fixed, it ingests as NDJSON. */
  String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : values.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Field names are mostly lower case already: only those that are not pay for a copy. */
  private static String lower(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c > 127 || c == ' ') {
        return name.strip().toLowerCase(Locale.ROOT);
      }
    }
    return name;
  }

  /** A value quoted in a message, cut so a megabyte field does not flood the console. */
  static String shorten(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
