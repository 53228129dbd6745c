package dev.bellwether.service.reports;

import java.util.List;

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends. */
final class Csv {
  private final StringBuilder out = new StringBuilder();

  Csv line(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
