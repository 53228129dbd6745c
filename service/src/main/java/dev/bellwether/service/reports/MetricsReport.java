package dev.bellwether.service.reports;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metrics of one period for an org: the whole book and, when grouped, each segment or owner.
 *
 * @param asOf the day renewal statuses and onboarding windows were judged on
 * @param groups empty unless {@code by} is given; group names sorted
 */
public record MetricsReport(String orgId, ReportingPeriod period, LocalDate asOf, ReportSettings settings,
    Optional<GroupBy> by, PeriodMetrics book, SortedMap<String, PeriodMetrics> groups) {

  /** The heading of the whole book's column. */
  public static final String BOOK = "Whole book";

  public MetricsReport {
    groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
  }

  /** Column heading to metrics: the whole book first, then the groups in order. */
  public Map<String, PeriodMetrics> columns() {
    Map<String, PeriodMetrics> columns = new LinkedHashMap<>();
    columns.put(BOOK, book);
    columns.putAll(groups);
    return columns;
  }

  /** One line saying what the figures are: period, org, day judged, currency and zone. */
  public String heading() {
    return "Metrics for " + period + " (" + period.firstDay() + " to " + period.lastDay() + ") of org " + orgId
        + by.map(b -> ", by " + b.name().toLowerCase(java.util.Locale.ROOT)).orElse("") + "; as of " + asOf
        + ", amounts in " + settings.currency() + ", days in " + settings.zone().getId();
  }
}
