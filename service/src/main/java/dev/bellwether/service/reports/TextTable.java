package dev.bellwether.service.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header row and rows of cells, each column as wide as its widest cell, the
 * first column left-aligned and the others right-aligned (they hold numbers), two spaces apart.
 */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] leftAligned;

  /** A table whose first {@code leftColumns} columns are text (left-aligned). */
  TextTable(List<String> header, int leftColumns) {
    this.header = List.copyOf(header);
    this.leftAligned = new boolean[header.size()];
    for (int i = 0; i < leftColumns && i < header.size(); i++) {
      leftAligned[i] = true;
    }
  }

  TextTable row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + header.size()
          + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line ending in a newline, trailing spaces trimmed. */
  String render() {
    int[] widths = new int[header.size()];
    for (List<String> line : allLines()) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : allLines()) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        if (i > 0) {
          text.append("  ");
        }
        String cell = line.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        text.append(leftAligned[i] ? cell + pad : pad + cell);
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private List<List<String>> allLines() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
