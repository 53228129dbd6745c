package dev.bellwether.service.reports;

import java.util.List;
import java.util.Locale;

/** How a report is printed. */
enum OutputFormat {
  TABLE, CSV, JSON;

  /**
   * The format named by {@code text} (any case), one of {@code allowed}; the first allowed one
   * when none is given.
   */
  static OutputFormat parse(String name, String text, List<OutputFormat> allowed) throws ReportUsageException {
    if (text == null || text.isBlank()) {
      return allowed.get(0);
    }
    for (OutputFormat format : allowed) {
      if (format.name().equalsIgnoreCase(text.strip())) {
        return format;
      }
    }
    throw new ReportUsageException("bad_format", name + ": '" + text + "' is not one of "
        + String.join(", ", allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
  }
}
