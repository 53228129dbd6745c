package dev.bellwether.service.reports;

import dev.bellwether.service.cli.CliEnvironment;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bellwether churn [--from DATE] [--to DATE] [--format table|json]}: churn by reason and
 * segment with the controllable share and top competitors, and the churned accounts without a
 * reason under their owners. The range defaults to the twelve months ending on the as-of day.
 */
@Command(name = "churn", description = "Prints why customers churned (reason x segment, controllable share,"
    + " competitors) and the churned accounts that still lack a reason, by owner.")
public final class ChurnCommand extends ReportCommand {
  @Option(names = "--from", paramLabel = "DATE", description = "First churn date (default: a year before --to).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last churn date, included (default: the as-of day).")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
  String format;

  private ReportArguments.DateRange range;
  private OutputFormat output;
  private ReportSettings settings;
  private LocalDate day;

  public ChurnCommand(CliEnvironment process, StoreOpener stores) {
    super(process, stores);
  }

  @Override
  String name() {
    return "churn";
  }

  @Override
  void readOptions(ReportSettings settings, LocalDate asOf) throws ReportUsageException {
    range = ReportArguments.range("--from", from, "--to", to, asOf);
    output = OutputFormat.parse("--format", format, List.of(OutputFormat.TABLE, OutputFormat.JSON));
    this.settings = settings;
    this.day = asOf;
  }

  @Override
  String report(Reports reports, String orgId) throws SQLException {
    ChurnReport report = reports.churn(orgId, range.from(), range.to(), day, settings);
    return output == OutputFormat.JSON ? json.write(ChurnJson.of(report, json.mapper())) + "\n"
        : ChurnTable.render(report);
  }
}
