package dev.bellwether.service.reports;

import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * One line of the metrics report: a stable key (JSON and CSV), a label for people, the unit, and
 * how to read it from a period's metrics.
 */
public record MetricRow(String key, String label, MetricUnit unit,
    Function<PeriodMetrics, MetricValue<BigDecimal>> read) {

  /** The value for one column, or the reason it has none. */
  public MetricValue<BigDecimal> of(PeriodMetrics metrics) {
    return read.apply(metrics);
  }
}
