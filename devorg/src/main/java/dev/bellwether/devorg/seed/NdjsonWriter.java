package dev.bellwether.devorg.seed;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes newline-delimited JSON objects (one per line, LF, UTF-8), built field by field.
 *
 * <p>Hand-built rather than through Jackson: the usage file has a few hundred thousand flat lines,
 * and writing them straight into a buffered writer keeps seeding within a second or two.
 */
final class NdjsonWriter implements Closeable {
  private final Writer out;
  private boolean firstField;

  NdjsonWriter(Path file) throws IOException {
    this.out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  NdjsonWriter begin() throws IOException {
    out.write('{');
    firstField = true;
    return this;
  }

  NdjsonWriter field(String name, String value) throws IOException {
    separator(name);
    quoted(value);
    return this;
  }

  NdjsonWriter field(String name, long value) throws IOException {
    separator(name);
    out.write(Long.toString(value));
    return this;
  }

  void end() throws IOException {
    out.write("}\n");
  }

  private void separator(String name) throws IOException {
    if (!firstField) {
      out.write(',');
    }
    firstField = false;
    quoted(name);
    out.write(':');
  }

  /** Field names and values are almost always plain, so those are written whole. */
  private void quoted(String text) throws IOException {
    out.write('"');
    if (plain(text)) {
      out.write(text);
      out.write('"');
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> out.write(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    out.write('"');
  }

  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
