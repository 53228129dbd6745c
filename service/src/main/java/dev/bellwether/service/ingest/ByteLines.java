package dev.bellwether.service.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so a JSON parser can read each line's
 * bytes in place. A line longer than the limit is reported as too long (its first bytes kept for
 * the message) and skipped to its end, so one runaway line cannot exhaust memory. A UTF-8 byte
 * order mark and a carriage return before the newline are dropped.
 */
final class ByteLines implements RawLine {
  private static final int CHUNK = 1 << 16;
  /** How much of a too-long line is kept to show. */
  private static final int SHOWN = 200;

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buffer = new byte[CHUNK];
  private int position;
  private int limit;
  private boolean eof;
  private boolean started;

  private long number;
  private int start;
  private int length;
  private boolean tooLong;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    tooLong = false;
    int searched = position;
    while (true) {
      int newline = indexOfNewline(searched);
      if (newline >= 0) {
        setLine(position, newline);
        position = newline + 1;
        return true;
      }
      if (eof) {
        if (position < limit) {
          setLine(position, limit);
          position = limit;
          return true;
        }
        return false;
      }
      if (limit - position >= maxLineBytes) {
        skipLongLine();
        return true;
      }
      searched = limit - position;
      fill();
      searched += position;
    }
  }

  /** The current line's number, from 1. */
  long number() {
    return number;
  }

  byte[] buffer() {
    return buffer;
  }

  int start() {
    return start;
  }

  int length() {
    return length;
  }

  /** Whether the current line exceeded the limit; only its first bytes are then available. */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line decoded as UTF-8. */
  @Override
  public String text() {
    return new String(buffer, start, length, StandardCharsets.UTF_8);
  }

  private void setLine(int from, int to) {
    number++;
    int end = to;
    if (end > from && buffer[end - 1] == '\r') {
      end--;
    }
    start = from;
    length = end - from;
  }

  private int indexOfNewline(int from) {
    for (int i = from; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Moves the unread bytes to the front, grows the buffer if still full, and reads more. */
  private void fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLineBytes + CHUNK));
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      eof = true;
      return;
    }
    limit += read;
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
  }

  private void skipByteOrderMark() throws IOException {
    while (limit < 3 && !eof) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        eof = true;
      } else {
        limit += read;
      }
    }
    if (limit >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
      position = 3;
    }
  }

  /** Keeps the first bytes of an over-long line to show, and drops the rest up to its newline. */
  private void skipLongLine() throws IOException {
    number++;
    tooLong = true;
    System.arraycopy(buffer, position, buffer, 0, SHOWN);
    start = 0;
    length = SHOWN;
    position = SHOWN;
    limit = SHOWN;
    while (true) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        eof = true;
        position = limit;
        return;
      }
      int newline = -1;
      for (int i = limit; i < limit + read; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      if (newline >= 0) {
        // Keep what follows the newline: it is the next line's start.
        int rest = limit + read - newline - 1;
        System.arraycopy(buffer, newline + 1, buffer, SHOWN, rest);
        position = SHOWN;
        limit = SHOWN + rest;
        return;
      }
    }
  }
}
