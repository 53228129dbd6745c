package dev.bellwether.devorg.metadata.deploy;

/** Writes XML text element by element; values are escaped, null values are left out. */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder();

  XmlWriter raw(String text) {
    out.append(text);
    return this;
  }

  XmlWriter open(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  XmlWriter close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** {@code <name>value</name>}, nothing when value is null. */
  XmlWriter element(String name, Object value) {
    if (value != null) {
      open(name);
      out.append(escape(value.toString()));
      close(name);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '&': b.append("&amp;"); break;
        case '"': b.append("&quot;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}
