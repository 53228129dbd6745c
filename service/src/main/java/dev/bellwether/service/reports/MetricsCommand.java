package dev.bellwether.service.reports;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.service.cli.CliEnvironment;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bellwether metrics --period 2025-Q3 [--by segment|owner] [--format table|csv|json]}: the
 * period's revenue, retention, renewal, sentiment and adoption metrics, for the whole book and per
 * group.
 */
@Command(name = "metrics", description = "Prints a period's metrics (ARR, GRR, NRR, renewal rates, NPS, ...) from"
    + " the store, for the whole book and per segment or owner.")
public final class MetricsCommand extends ReportCommand {
  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The period: a year (2025), a quarter (2025-Q3) or a month (2025-07).")
  String period;

  @Option(names = "--by", paramLabel = "GROUP", description = "Adds a column per segment or per owner.")
  String by;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
  String format;

  private ReportingPeriod reportingPeriod;
  private Optional<GroupBy> groupBy;
  private OutputFormat output;
  private ReportSettings settings;
  private LocalDate day;

  public MetricsCommand(CliEnvironment process, StoreOpener stores) {
    super(process, stores);
  }

  @Override
  String name() {
    return "metrics";
  }

  @Override
  void readOptions(ReportSettings settings, LocalDate asOf) throws ReportUsageException {
    reportingPeriod = ReportArguments.period("--period", period);
    groupBy = ReportArguments.groupBy("--by", by);
    output = OutputFormat.parse("--format", format, List.of(OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON));
    this.settings = settings;
    this.day = asOf;
  }

  @Override
  String report(Reports reports, String orgId) throws SQLException, ReportUsageException {
    MetricsReport report = reports.metrics(orgId, reportingPeriod, groupBy, day, settings);
    return switch (output) {
      case TABLE -> MetricsTable.render(report);
      case CSV -> MetricsCsv.render(report);
      case JSON -> json.write(MetricsJson.of(report, json.mapper())) + "\n";
    };
  }
}
