package dev.bellwether.service.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The metrics report as JSON, the same for {@code --format json} and {@code GET /admin/metrics}:
 *
 * <pre>
 * {"orgId", "period", "from", "to", "asOf", "currency", "zone", "by": "segment"|"owner"|null,
 *  "units": {"arrStart": "USD", "grr": "percent", ...},
 *  "book": {"values": {"arrStart": 252000.00, ..., "nps": null}, "notDefined": {"nps": "no NPS answer"}},
 *  "groups": {"Enterprise": {"values": ..., "notDefined": ...}, ...}}
 * </pre>
 *
 * Every metric key is always present in {@code values} (null when not defined, with its reason in
 * {@code notDefined}), in the catalogue's order; percentages are in percent.
 */
public final class MetricsJson {

  private MetricsJson() {}

  public static ObjectNode of(MetricsReport report, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("orgId", report.orgId());
    root.put("period", report.period().toString());
    root.put("from", report.period().firstDay().toString());
    root.put("to", report.period().lastDay().toString());
    root.put("asOf", report.asOf().toString());
    root.put("currency", report.settings().currency());
    root.put("zone", report.settings().zone().getId());
    if (report.by().isPresent()) {
      root.put("by", report.by().get().name().toLowerCase(Locale.ROOT));
    } else {
      root.putNull("by");
    }
    ObjectNode units = root.putObject("units");
    MetricCatalogue.ROWS.forEach(row -> units.put(row.key(), MetricsCsv.unit(row, report)));
    column(root.putObject("book"), report.book());
    ObjectNode groups = root.putObject("groups");
    report.groups().forEach((name, metrics) -> column(groups.putObject(name), metrics));
    return root;
  }

  private static void column(ObjectNode node, PeriodMetrics metrics) {
    ObjectNode values = node.putObject("values");
    ObjectNode notDefined = node.putObject("notDefined");
    for (MetricRow row : MetricCatalogue.ROWS) {
      MetricValue<BigDecimal> value = row.of(metrics);
      if (value.isDefined()) {
        values.put(row.key(), Figures.round(value.value(), row.unit()));
      } else {
        values.putNull(row.key());
        notDefined.put(row.key(), value.reason().orElseThrow());
      }
    }
  }
}
