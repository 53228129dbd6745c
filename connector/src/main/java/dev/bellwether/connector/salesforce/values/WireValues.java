package dev.bellwether.connector.salesforce.values;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;

/**
 * Converts field values between Salesforce's wire forms (SOAP/CSV text, REST JSON) and the
 * port's Java types (String, Boolean, Long, BigDecimal, LocalDate, Instant, LocalTime).
 */
public final class WireValues {

  /** Salesforce writes datetimes as {@code .000Z}, {@code .000+0000} or without millis. */
  private static final DateTimeFormatter DATETIME_IN = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendPattern("HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);

  private static final DateTimeFormatter DATETIME_OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter TIME_IN = new DateTimeFormatterBuilder()
      .appendPattern("HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendLiteral('Z').optionalEnd()
      .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS'Z'", Locale.ROOT);

  private WireValues() {}

  /** The Java value of Salesforce wire text; null or empty text is null. */
  public static Object fromText(FieldType type, String text) {
    Objects.requireNonNull(type, "type");
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return switch (type) {
        case ID, STRING, PICKLIST, MULTIPICKLIST, REFERENCE, OTHER -> text;
        case BOOLEAN -> parseBoolean(text);
        case INTEGER -> parseLong(text);
        case DECIMAL -> new BigDecimal(text.trim());
        case DATE -> LocalDate.parse(text.trim());
        case DATETIME -> parseInstant(text.trim());
        case TIME -> LocalTime.parse(text.trim(), TIME_IN);
      };
    } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
      throw bad(type, text, e);
    }
  }

  /** The Java value of a REST JSON value; a null or missing node is null. */
  public static Object fromJson(FieldType type, JsonNode node) {
    Objects.requireNonNull(type, "type");
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isContainerNode()) {
      // Compound values (address, location) have no port type of their own; keep their JSON text.
      if (type == FieldType.OTHER) {
        return node.toString();
      }
      throw bad(type, node.toString(), null);
    }
    return switch (type) {
      case BOOLEAN -> node.isBoolean() ? node.booleanValue() : fromText(type, node.asText());
      case INTEGER -> node.isNumber() ? exactLong(type, node.decimalValue()) : fromText(type, node.asText());
      case DECIMAL -> node.isNumber() ? node.decimalValue() : fromText(type, node.asText());
      default -> fromText(type, node.asText());
    };
  }

  /** The wire text of a non-null value, as SOAP and Bulk CSV carry it. */
  public static String toText(FieldType type, Object value) {
    Objects.requireNonNull(type, "type");
    if (value == null) {
      throw new IllegalArgumentException("Null has no wire text for " + type + "; handle empty fields per surface");
    }
    if (value instanceof String s && !isTextual(type)) {
      // Accept already-textual values but normalise them, so bad text fails here, not in Salesforce.
      Object parsed = fromText(type, s);
      if (parsed == null) {
        throw new IllegalArgumentException("Empty text is not a " + type + " value");
      }
      value = parsed;
    }
    return switch (type) {
      case ID, STRING, PICKLIST, MULTIPICKLIST, REFERENCE, OTHER -> expect(type, value, String.class);
      case BOOLEAN -> expect(type, value, Boolean.class).toString();
      case INTEGER -> Long.toString(asLong(type, value));
      case DECIMAL -> asDecimal(type, value).toPlainString();
      case DATE -> expect(type, value, LocalDate.class).toString();
      case DATETIME -> DATETIME_OUT.format(asInstant(type, value));
      case TIME -> TIME_OUT.format(expect(type, value, LocalTime.class));
    };
  }

  /** The value Jackson should write into REST JSON; dates and times become their wire text. */
  public static Object toJson(FieldType type, Object value) {
    Objects.requireNonNull(type, "type");
    if (value == null) {
      return null;
    }
    if (value instanceof String s && !isTextual(type)) {
      value = fromText(type, s);
      if (value == null) {
        return null;
      }
    }
    return switch (type) {
      case ID, STRING, PICKLIST, MULTIPICKLIST, REFERENCE, OTHER -> expect(type, value, String.class);
      case BOOLEAN -> expect(type, value, Boolean.class);
      case INTEGER -> asLong(type, value);
      case DECIMAL -> asDecimal(type, value);
      case DATE, DATETIME, TIME -> toText(type, value);
    };
  }

  private static boolean isTextual(FieldType type) {
    return switch (type) {
      case ID, STRING, PICKLIST, MULTIPICKLIST, REFERENCE, OTHER -> true;
      default -> false;
    };
  }

  private static Boolean parseBoolean(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new NumberFormatException("not a boolean");
  }

  private static Long parseLong(String text) {
    // Some surfaces write whole numbers as "12.0"; accept those, refuse real fractions.
    return new BigDecimal(text.trim()).stripTrailingZeros().longValueExact();
  }

  private static Instant parseInstant(String text) {
    var parsed = DATETIME_IN.parse(text);
    if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      throw new DateTimeException("datetime without offset");
    }
    return OffsetDateTime.from(parsed).toInstant();
  }

  private static long exactLong(FieldType type, BigDecimal decimal) {
    try {
      return decimal.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw bad(type, decimal.toPlainString(), e);
    }
  }

  private static long asLong(FieldType type, Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) {
      return exactLong(type, new BigDecimal(big));
    }
    if (value instanceof BigDecimal decimal) {
      return exactLong(type, decimal);
    }
    throw wrongJavaType(type, value);
  }

  private static BigDecimal asDecimal(FieldType type, Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw bad(type, String.valueOf(d), null);
      }
      return BigDecimal.valueOf(d);
    }
    throw wrongJavaType(type, value);
  }

  private static Instant asInstant(FieldType type, Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    throw wrongJavaType(type, value);
  }

  private static <T> T expect(FieldType type, Object value, Class<T> javaType) {
    if (javaType.isInstance(value)) {
      return javaType.cast(value);
    }
    throw wrongJavaType(type, value);
  }

  private static IllegalArgumentException wrongJavaType(FieldType type, Object value) {
    return new IllegalArgumentException(
        "A " + type + " value cannot be a " + value.getClass().getSimpleName() + ": '" + value + "'");
  }

  private static IllegalArgumentException bad(FieldType type, String text, Exception cause) {
    return new IllegalArgumentException("Not a valid " + type + " value: '" + text + "'", cause);
  }
}
