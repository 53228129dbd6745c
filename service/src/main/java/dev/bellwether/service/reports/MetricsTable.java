package dev.bellwether.service.reports;

import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics report for people: a heading, one line per metric with the whole book's column and
 * one per group, and below it the numbered reasons of the values that are not defined.
 */
final class MetricsTable {

  private MetricsTable() {}

  static String render(MetricsReport report) {
    List<String> header = new ArrayList<>(List.of("Metric"));
    header.addAll(report.columns().keySet());
    TextTable table = new TextTable(header, 1);
    Footnotes notes = new Footnotes();
    for (MetricRow row : MetricCatalogue.ROWS) {
      List<String> cells = new ArrayList<>(List.of(row.label()));
      for (PeriodMetrics column : report.columns().values()) {
        MetricValue<BigDecimal> value = row.of(column);
        cells.add(value.isDefined() ? Figures.display(value.value(), row.unit())
            : notes.mark(value.reason().orElseThrow()));
      }
      table.row(cells);
    }
    StringBuilder out = new StringBuilder(report.heading()).append("\n\n").append(table.render());
    if (!notes.isEmpty()) {
      out.append('\n').append("Not defined:\n").append(notes.render());
    }
    return out.toString();
  }
}
