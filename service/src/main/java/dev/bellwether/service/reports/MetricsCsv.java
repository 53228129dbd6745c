package dev.bellwether.service.reports;

import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics report for spreadsheets: a header row ({@code metric,label,unit,} then the whole book
 * and each group), one row per metric with plain numbers in the unit's decimals, and
 * {@code not defined: REASON} where a metric has no value.
 */
final class MetricsCsv {

  private MetricsCsv() {}

  static String render(MetricsReport report) {
    List<String> header = new ArrayList<>(List.of("metric", "label", "unit"));
    header.addAll(report.columns().keySet());
    Csv csv = new Csv().line(header);
    for (MetricRow row : MetricCatalogue.ROWS) {
      List<String> fields = new ArrayList<>(List.of(row.key(), row.label(), unit(row, report)));
      for (PeriodMetrics column : report.columns().values()) {
        MetricValue<BigDecimal> value = row.of(column);
        fields.add(value.isDefined() ? Figures.plain(value.value(), row.unit())
            : "not defined: " + value.reason().orElseThrow());
      }
      csv.line(fields);
    }
    return csv.toString();
  }

  /** Money is labelled with its currency, the rest with the unit's name. */
  static String unit(MetricRow row, MetricsReport report) {
    return row.unit() == MetricUnit.MONEY ? report.settings().currency() : row.unit().jsonName();
  }
}
