package dev.bellwether.service.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The CLI's summary: one row per input, and a total row when there are several. */
final class SummaryTable {
  private static final String[] HEADER = {"FILE", "FORMAT", "READ", "ACCEPTED", "UPDATED", "DUPLICATES",
      "REJECTED", "SECONDS", "LINES/S"};

  private SummaryTable() {
  }

  /**
   * @param total the total row, or null for none
   */
  static String render(List<IngestSummary> rows, IngestSummary total) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    rows.forEach(r -> cells.add(row(r)));
    if (total != null) {
      cells.add(row(total));
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        // The file name left-aligned, the numbers right-aligned under their headings.
        String cell = i <= 1 ? pad(row[i], widths[i], false) : pad(row[i], widths[i], true);
        out.append(cell).append(i + 1 < row.length ? "  " : "");
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String[] row(IngestSummary s) {
    return new String[] {s.source(), s.format() == null ? "" : s.format().code(), Long.toString(s.read()),
        Long.toString(s.accepted()), Long.toString(s.updated()), Long.toString(s.duplicates()),
        Long.toString(s.rejected()), String.format(Locale.ROOT, "%.1f", s.seconds()),
        Long.toString(s.linesPerSecond())};
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(width - text.length());
    return right ? spaces + text : text + spaces;
  }
}
