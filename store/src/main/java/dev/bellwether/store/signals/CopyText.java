package dev.bellwether.store.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format, UTF-8 encoded into a growing buffer: fields split by tabs,
 * rows ended by newlines, {@code \N} for NULL, and backslash, tab, newline and carriage return
 * escaped inside values so no value can end a field, a row or the data. Days and instants are
 * written as pgjdbc writes them for {@code setObject}: ISO, UTC, rounded to the microsecond, with
 * {@code BC} for years before 1, so COPY stores exactly what a batched INSERT would.
 */
final class CopyText {
  private static final byte[] NULL = {'\\', 'N'};
  private static final byte[] BC = {' ', 'B', 'C'};

  private byte[] buffer;
  private int length;
  private boolean rowStarted;

  CopyText(int initialCapacity) {
    buffer = new byte[Math.max(initialCapacity, 64)];
  }

  /** A text value; null writes NULL. */
  CopyText text(String value) {
    if (value == null) {
      return nullValue();
    }
    separate();
    int chars = value.length();
    // Worst case 3 bytes per char (a surrogate pair is 4 bytes for 2 chars; an escape 2 for 1).
    ensure(chars * 3);
    byte[] b = buffer;
    int at = length;
    for (int i = 0; i < chars; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> {
            b[at++] = '\\';
            b[at++] = '\\';
          }
          case '\t' -> {
            b[at++] = '\\';
            b[at++] = 't';
          }
          case '\n' -> {
            b[at++] = '\\';
            b[at++] = 'n';
          }
          case '\r' -> {
            b[at++] = '\\';
            b[at++] = 'r';
          }
          case 0 -> throw new IllegalArgumentException("contains a NUL character (U+0000), which PostgreSQL"
              + " text cannot hold, at position " + i);
          default -> b[at++] = (byte) c;
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        b[at++] = (byte) (0xF0 | (cp >> 18));
        b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate is no character; '?' is what String.getBytes(UTF_8) writes for it.
        b[at++] = '?';
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    length = at;
    return this;
  }

  /** A whole number. */
  CopyText number(long value) {
    separate();
    ensure(20);
    if (value == Long.MIN_VALUE) {
      ascii(Long.toString(value));
      return this;
    }
    if (value < 0) {
      buffer[length++] = '-';
      value = -value;
    }
    int start = length;
    do {
      buffer[length++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    reverse(start, length - 1);
    return this;
  }

  /** A whole number; null writes NULL. */
  CopyText number(Integer value) {
    return value == null ? nullValue() : number(value.longValue());
  }

  /** A day, {@code yyyy-MM-dd}; null writes NULL. */
  CopyText day(LocalDate value) {
    if (value == null) {
      return nullValue();
    }
    separate();
    ensure(24);
    date(value.getYear(), value.getMonthValue(), value.getDayOfMonth());
    era(value.getYear());
    return this;
  }

  /** An instant, {@code yyyy-MM-dd HH:mm:ss.SSSSSS+00}, rounded half up to the microsecond; null writes NULL. */
  CopyText instant(Instant value) {
    if (value == null) {
      return nullValue();
    }
    separate();
    ensure(40);
    int nanos = value.getNano();
    LocalDateTime utc = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
    int micros = nanos / 1000 + (nanos % 1000 >= 500 ? 1 : 0);
    if (micros == 1_000_000) {
      utc = utc.plusSeconds(1);
      micros = 0;
    }
    date(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth());
    buffer[length++] = ' ';
    digits(utc.getHour(), 2);
    buffer[length++] = ':';
    digits(utc.getMinute(), 2);
    buffer[length++] = ':';
    digits(utc.getSecond(), 2);
    buffer[length++] = '.';
    digits(micros, 6);
    buffer[length++] = '+';
    buffer[length++] = '0';
    buffer[length++] = '0';
    era(utc.getYear());
    return this;
  }

  /** NULL. */
  CopyText nullValue() {
    separate();
    ensure(NULL.length);
    System.arraycopy(NULL, 0, buffer, length, NULL.length);
    length += NULL.length;
    return this;
  }

  /** Ends the current row. */
  void endRow() {
    ensure(1);
    buffer[length++] = '\n';
    rowStarted = false;
  }

  /** The encoded bytes so far: valid up to {@link #length()}, overwritten after {@link #clear()}. */
  byte[] bytes() {
    return buffer;
  }

  int length() {
    return length;
  }

  /** Starts over (after the bytes were sent), keeping the buffer. */
  void clear() {
    length = 0;
    rowStarted = false;
  }

  private void separate() {
    if (rowStarted) {
      ensure(1);
      buffer[length++] = '\t';
    }
    rowStarted = true;
  }

  /** Years 1 to 9999 as four digits, later ones as they are; year 0 is 1 BC, -1 is 2 BC (ISO vs. PostgreSQL). */
  private void date(int isoYear, int month, int day) {
    int year = isoYear > 0 ? isoYear : 1 - isoYear;
    if (year > 9999) {
      ascii(Integer.toString(year));
    } else {
      digits(year, 4);
    }
    buffer[length++] = '-';
    digits(month, 2);
    buffer[length++] = '-';
    digits(day, 2);
  }

  private void era(int isoYear) {
    if (isoYear <= 0) {
      System.arraycopy(BC, 0, buffer, length, BC.length);
      length += BC.length;
    }
  }

  private void digits(int value, int width) {
    for (int i = length + width - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += width;
  }

  private void ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      buffer[length++] = (byte) text.charAt(i);
    }
  }

  private void reverse(int from, int to) {
    while (from < to) {
      byte t = buffer[from];
      buffer[from++] = buffer[to];
      buffer[to--] = t;
    }
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
