package dev.bellwether.service.scoring.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table printed with its columns padded, as the other benchmarks print theirs. */
final class BenchTable {
  private final String[] head;
  private final List<String[]> rows = new ArrayList<>();

  BenchTable(String... head) {
    this.head = head;
  }

  void row(String... cells) {
    if (cells.length != head.length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells for " + head.length + " columns");
    }
    rows.add(cells);
  }

  void print(PrintStream out) {
    int[] w = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      w[i] = head[i].length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    line(out, head, w);
    StringBuilder sep = new StringBuilder();
    for (int x : w) {
      sep.append("|").append("-".repeat(x + 2));
    }
    out.println(sep.append("|"));
    rows.forEach(r -> line(out, r, w));
  }

  private static void line(PrintStream out, String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append("| ").append(String.format(Locale.ROOT, "%-" + w[i] + "s", cells[i])).append(" ");
    }
    out.println(b.append("|"));
  }
}
