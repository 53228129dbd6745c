package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.soql.Token.Kind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SOQL text into tokens. A lexical error becomes an ERROR token rather than an exception,
 * so the parser reports the first problem in reading order, as Salesforce does ('O'Brien' fails
 * at Brien, not at the unterminated quote after it).
 */
final class Lexer {
  private final String src;
  private int pos;

  Lexer(String src) {
    this.src = src;
  }

  List<Token> tokenize() {
    List<Token> out = new ArrayList<>();
    while (true) {
      while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
        pos++;
      }
      if (pos >= src.length()) {
        out.add(new Token(Kind.EOF, "", src.length(), null));
        return out;
      }
      Token t = next();
      out.add(t);
      if (t.kind() == Kind.ERROR) {
        out.add(new Token(Kind.EOF, "", src.length(), null));
        return out;
      }
    }
  }

  private Token next() {
    char c = src.charAt(pos);
    int start = pos;
    if (Character.isLetter(c) || c == '_') {
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
      return token(Kind.IDENT, start, null);
    }
    if (isDigit(c) || ((c == '-' || c == '+') && isDigit(at(pos + 1)))) {
      return isDateAt(pos) ? dateOrDateTime() : number();
    }
    if (c == '\'') {
      return string();
    }
    pos++;
    switch (c) {
      case ',': return token(Kind.COMMA, start, null);
      case '.': return token(Kind.DOT, start, null);
      case '(': return token(Kind.LPAREN, start, null);
      case ')': return token(Kind.RPAREN, start, null);
      case ':': return token(Kind.COLON, start, null);
      case '=': return token(Kind.OPERATOR, start, null);
      case '!':
        if (at(pos) == '=') {
          pos++;
          return token(Kind.OPERATOR, start, null);
        }
        return error(start, "unexpected token: '!'");
      case '<':
        if (at(pos) == '=' || at(pos) == '>') {
          pos++;
        }
        return token(Kind.OPERATOR, start, null);
      case '>':
        if (at(pos) == '=') {
          pos++;
        }
        return token(Kind.OPERATOR, start, null);
      default:
        return error(start, "unexpected token: '" + c + "'");
    }
  }

  private Token number() {
    int start = pos;
    pos++;
    while (isDigit(at(pos))) {
      pos++;
    }
    if (at(pos) == '.' && isDigit(at(pos + 1))) {
      pos++;
      while (isDigit(at(pos))) {
        pos++;
      }
    }
    return token(Kind.NUMBER, start, new BigDecimal(src.substring(start, pos)));
  }

  /** yyyy-MM-dd, optionally followed by Thh:mm:ss[.fff](Z|+hh:mm|-hh:mm|+hhmm). */
  private Token dateOrDateTime() {
    int start = pos;
    pos += 10;
    LocalDate date;
    try {
      date = LocalDate.of(digits(start, 4), digits(start + 5, 2), digits(start + 8, 2));
    } catch (DateTimeException e) {
      return error(start, "Invalid date: " + src.substring(start, pos));
    }
    if (!((at(pos) == 'T' || at(pos) == 't') && isTimeAt(pos + 1))) {
      return token(Kind.DATE, start, date);
    }
    int time = pos + 1;
    pos += 9;
    int nanos = 0;
    if (at(pos) == '.' && isDigit(at(pos + 1))) {
      int fracStart = ++pos;
      while (isDigit(at(pos))) {
        pos++;
      }
      String frac = (src.substring(fracStart, pos) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(frac);
    }
    int offsetSeconds;
    char z = at(pos);
    if (z == 'Z' || z == 'z') {
      pos++;
      offsetSeconds = 0;
    } else if ((z == '+' || z == '-') && isDigit(at(pos + 1)) && isDigit(at(pos + 2))) {
      int sign = z == '-' ? -1 : 1;
      int hours = digits(pos + 1, 2);
      pos += 3;
      if (at(pos) == ':') {
        pos++;
      }
      if (!(isDigit(at(pos)) && isDigit(at(pos + 1)))) {
        return error(start, "Invalid datetime: " + src.substring(start, pos));
      }
      offsetSeconds = sign * (hours * 3600 + digits(pos, 2) * 60);
      pos += 2;
    } else {
      return error(start, "Invalid datetime: " + src.substring(start, pos)
          + " (a dateTime needs a time zone: Z, +hh:mm or -hh:mm)");
    }
    try {
      LocalDateTime local = date.atTime(digits(time, 2), digits(time + 3, 2), digits(time + 6, 2), nanos);
      return token(Kind.DATETIME, start, local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)));
    } catch (DateTimeException e) {
      return error(start, "Invalid datetime: " + src.substring(start, pos));
    }
  }

  private Token string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '\'') {
        return token(Kind.STRING, start, value.toString());
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (pos >= src.length()) {
        break;
      }
      char e = src.charAt(pos++);
      int decoded = unescape(e);
      if (decoded < 0) {
        return error(start, "Invalid string literal '" + src.substring(start, pos)
            + "'. Illegal character sequence '\\" + e + "' in string literal.");
      }
      value.append((char) decoded);
    }
    return error(start, "unterminated string literal: " + src.substring(start, Math.min(src.length(), start + 40)));
  }

  /** The character an escape stands for, or -1; \_ and \% only mean something inside LIKE. */
  static int unescape(char e) {
    switch (e) {
      case 'n': case 'N': return '\n';
      case 'r': case 'R': return '\r';
      case 't': case 'T': return '\t';
      case 'b': case 'B': return '\b';
      case 'f': case 'F': return '\f';
      case '"': case '\'': case '\\': case '_': case '%': return e;
      default: return -1;
    }
  }

  private boolean isDateAt(int p) {
    for (int i = 0; i < 10; i++) {
      char c = at(p + i);
      boolean ok = i == 4 || i == 7 ? c == '-' : isDigit(c);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean isTimeAt(int p) {
    for (int i = 0; i < 8; i++) {
      char c = at(p + i);
      boolean ok = i == 2 || i == 5 ? c == ':' : isDigit(c);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private int digits(int from, int count) {
    return Integer.parseInt(src.substring(from, from + count));
  }

  private char at(int p) {
    return p < src.length() ? src.charAt(p) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Token token(Kind kind, int start, Object value) {
    return new Token(kind, src.substring(start, pos), start, value);
  }

  private Token error(int start, String message) {
    return new Token(Kind.ERROR, src.substring(start, Math.max(pos, start + 1)), start, message);
  }
}
