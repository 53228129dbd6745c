package dev.bellwether.sync.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain text table whose columns are as wide as their widest cell, for the admin's terminal views. */
final class TextTable {
  private static final String GAP = "  ";

  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  TextTable(String... headers) {
    rows.add(headers.clone());
    rightAligned = new boolean[headers.length];
  }

  /** Aligns these columns (0-based) to the right, as numbers read best. */
  TextTable rightAlign(int... columns) {
    for (int c : columns) {
      rightAligned[c] = true;
    }
    return this;
  }

  /** Adds a row; null cells print as "-". */
  TextTable add(Object... cells) {
    if (cells.length != rightAligned.length) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + rightAligned.length
          + " columns");
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "-" : oneLine(c.toString())).toArray(String[]::new));
    return this;
  }

  /** The text shortened to at most {@code max} characters, marking the cut with an ellipsis. */
  static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  @Override
  public String toString() {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append(GAP);
        }
        String pad = " ".repeat(widths[c] - row[c].length());
        line.append(rightAligned[c] ? pad + row[c] : row[c] + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Line breaks in a cell would break the table's rows. */
  private static String oneLine(String text) {
    return text.replace("\r", " ").replace('\n', ' ');
  }
}
