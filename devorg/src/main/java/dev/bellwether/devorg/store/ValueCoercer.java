package dev.bellwether.devorg.store;

import dev.bellwether.devorg.schema.FieldDef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Turns a value as a client sent it (JSON value, SOAP text, CSV cell) into the stored Java
 * type of a field, or a Salesforce-coded error naming the field.
 */
public final class ValueCoercer {
  /** Salesforce accepts 2025-01-02T03:04:05Z, .000Z, +0000 and +00:00 forms. */
  static final DateTimeFormatter DATETIME_IN = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendPattern("HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT);

  /** Thrown when a value does not fit its field. */
  public static final class InvalidValue extends Exception {
    private final SaveError error;

    InvalidValue(SaveError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }

    public SaveError error() {
      return error;
    }
  }

  /** The stored form of raw for field f; blank text means null. */
  public Object coerce(FieldDef f, Object raw) throws InvalidValue {
    if (raw == null || (raw instanceof String s && s.isEmpty())) {
      return null;
    }
    switch (f.type()) {
      case STRING: case TEXTAREA: case PHONE: case URL:
        return text(f, raw);
      case EMAIL: {
        String s = text(f, raw);
        if (s.indexOf('@') < 1 || s.indexOf('@') == s.length() - 1 || s.contains(" ")) {
          throw invalid("INVALID_EMAIL_ADDRESS", f, f.label() + ": invalid email address: " + s);
        }
        return s;
      }
      case PICKLIST: {
        String s = text(f, raw);
        if (f.restrictedPicklist() && f.picklistValues().stream().noneMatch(s::equals)) {
          throw invalid("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", f,
              f.label() + ": bad value for restricted picklist field: " + s);
        }
        return s;
      }
      case BOOLEAN:
        return bool(f, raw);
      case INT:
        return integer(f, raw);
      case DOUBLE: case CURRENCY: case PERCENT:
        return decimal(f, raw);
      case DATE:
        return date(f, raw);
      case DATETIME:
        return dateTime(f, raw);
      case ID: case REFERENCE: {
        String id = Ids.normalize(raw.toString().trim());
        if (id == null) {
          throw invalid("MALFORMED_ID", f, f.label() + ": id value of incorrect type: " + raw);
        }
        return id;
      }
      default:
        throw new IllegalStateException("unhandled type " + f.type());
    }
  }

  private static String text(FieldDef f, Object raw) throws InvalidValue {
    String s = raw instanceof BigDecimal d ? d.toPlainString() : raw.toString();
    if (f.length() > 0 && s.length() > f.length()) {
      String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
      throw invalid("STRING_TOO_LONG", f, f.label() + ": data value too large: " + shown
          + " (max length=" + f.length() + ")");
    }
    return s;
  }

  private static Boolean bool(FieldDef f, Object raw) throws InvalidValue {
    if (raw instanceof Boolean b) {
      return b;
    }
    String s = raw.toString().trim().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("1")) {
      return true;
    }
    if (s.equals("false") || s.equals("0")) {
      return false;
    }
    throw notOfType(f, raw);
  }

  private static Integer integer(FieldDef f, Object raw) throws InvalidValue {
    try {
      BigDecimal d = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(raw.toString().trim());
      return d.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw notOfType(f, raw);
    }
  }

  private static BigDecimal decimal(FieldDef f, Object raw) throws InvalidValue {
    BigDecimal d;
    try {
      d = raw instanceof BigDecimal b ? b : new BigDecimal(raw.toString().trim());
    } catch (NumberFormatException e) {
      throw notOfType(f, raw);
    }
    d = d.setScale(Math.max(0, f.scale()), RoundingMode.HALF_UP);
    if (d.precision() - d.scale() > f.precision() - f.scale()) {
      throw invalid("NUMBER_OUTSIDE_VALID_RANGE", f, f.label() + ": value outside of valid range on numeric field: " + raw);
    }
    return d.stripTrailingZeros().scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d.stripTrailingZeros();
  }

  private static LocalDate date(FieldDef f, Object raw) throws InvalidValue {
    if (raw instanceof LocalDate d) {
      return d;
    }
    if (raw instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    String s = raw.toString().trim();
    try {
      return s.length() > 10 ? dateTimeText(s).atOffset(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw notOfType(f, raw);
    }
  }

  private static Instant dateTime(FieldDef f, Object raw) throws InvalidValue {
    if (raw instanceof Instant i) {
      return i;
    }
    if (raw instanceof LocalDate d) {
      return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    try {
      String s = raw.toString().trim();
      return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC) : dateTimeText(s);
    } catch (DateTimeParseException e) {
      throw notOfType(f, raw);
    }
  }

  /** Parses Salesforce's accepted date-time forms; no offset means UTC. */
  public static Instant dateTimeText(String s) {
    var parsed = DATETIME_IN.parseBest(s, OffsetDateTime::from, java.time.LocalDateTime::from);
    return parsed instanceof OffsetDateTime o ? o.toInstant()
        : ((java.time.LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }

  private static InvalidValue notOfType(FieldDef f, Object raw) {
    return invalid("INVALID_TYPE_ON_FIELD_IN_RECORD", f, f.label() + ": value not of required type: " + raw);
  }

  private static InvalidValue invalid(String code, FieldDef f, String message) {
    return new InvalidValue(SaveError.of(code, message, f.name()));
  }
}
