package dev.bellwether.connector.salesforce.soql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders Java values as SOQL literals; the only place a value outside the code becomes query
 * text. Strings are quoted and escaped per Salesforce's quoted-string escape sequences, numbers are
 * plain decimals, dates and datetimes unquoted; any other type is refused.
 */
public final class SoqlLiteral {

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private SoqlLiteral() {}

  /** The literal for a String, Boolean, number, LocalDate, Instant or null. */
  public static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("SOQL has no literal for " + d);
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Instant instant) {
      return DATETIME.format(instant);
    }
    throw new IllegalArgumentException(
        "No SOQL literal for a " + value.getClass().getName() + "; use String, Boolean, a number, LocalDate or Instant");
  }

  /** A quoted string literal matching exactly the given text. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append('\'');
    for (int i = 0; i < text.length(); i++) {
      appendEscaped(out, text.charAt(i));
    }
    return out.append('\'').toString();
  }

  /**
   * A quoted LIKE pattern: {@code %} and {@code _} are wildcards, and the pattern's own
   * {@code \%}, {@code \_} and {@code \\} (see {@link #escapeWildcards}) stay escapes. Any other
   * backslash is refused, since it could only be a mistake.
   */
  public static String quoteLikePattern(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length() + 8).append('\'');
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '\\') {
        appendEscaped(out, c);
        continue;
      }
      char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
      if (next != '%' && next != '_' && next != '\\') {
        throw new IllegalArgumentException("A backslash in a LIKE pattern must escape %, _ or \\: " + quote(pattern));
      }
      out.append('\\').append(next);
      i++;
    }
    return out.append('\'').toString();
  }

  /** The text as a LIKE pattern matching only itself: backslash, % and _ escaped. */
  public static String escapeWildcards(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\\' -> out.append("\\\\");
      case '\'' -> out.append("\\'");
      case '"' -> out.append("\\\"");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> out.append(c);
    }
  }
}
