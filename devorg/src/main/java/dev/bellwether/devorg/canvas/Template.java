package dev.bellwether.devorg.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A page template from the classpath with {{name}} slots. Filling is one pass over the
 * template, so a value that happens to contain "{{body}}" is never expanded again.
 */
public final class Template {
  private final String text;

  private Template(String text) {
    this.text = text;
  }

  /** Loads a template that sits beside this class (dev/bellwether/devorg/canvas/). */
  public static Template load(String name) {
    try (InputStream in = Template.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("template " + name + " is missing from the classpath");
      }
      return new Template(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }

  /** The template with every {{slot}} replaced by its value; values are inserted as given. */
  public String fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (close < 0) {
        out.append(text, at, text.length());
        return out.toString();
      }
      String slot = text.substring(open + 2, close).trim();
      String value = values.get(slot);
      if (value == null) {
        throw new IllegalArgumentException("no value for template slot {{" + slot + "}}");
      }
      out.append(text, at, open).append(value);
      at = close + 2;
    }
  }
}
