package dev.bellwether.service.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.service.scorecards.ScorecardsException;
import dev.bellwether.service.scoring.ScoringAnalysis;
import dev.bellwether.service.scoring.ScoringJobs;
import dev.bellwether.service.scoring.churn.ChurnReportsJson;
import dev.bellwether.service.scoring.churn.KpiReportText;
import dev.bellwether.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellwether validate-kpis}: which health measures, and whether the composite score,
 * separated renewed from churned accounts in the org's own history, with the churn model's
 * backtest. Reads the store only and writes nothing.
 */
@Command(name = "validate-kpis", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Shows how well each health measure and the composite predicted renewals, and the churn model's"
        + " backtest.")
final class ValidateKpisCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--org", paramLabel = "ORG_ID", description = "The org when the store holds several.")
  String org;

  @Option(names = "--format", paramLabel = "table|json", description = "Output format (default: table).")
  String format = "table";

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "The org's time zone (default: the config file's scoring.zone, else UTC).")
  ZoneId zone;

  private final CliEnvironment process;

  ValidateKpisCommand(CliEnvironment process) {
    this.process = process;
  }

  @Override
  public Integer call() {
    try {
      return execute();
    } catch (CliUsageException e) {
      process.err().println("validate-kpis: " + e.getMessage());
      process.err().flush();
      return ExitCodes.USAGE;
    }
  }

  private int execute() throws CliUsageException {
    if (!format.equals("table") && !format.equals("json")) {
      throw new CliUsageException("--format must be table or json, was " + format);
    }
    CliSettings settings = CliSettings.resolve(common, process);
    try (Store store = SyncViewCommand.openStore(settings)) {
      String orgId = OrgChoice.single(store, org);
      ScoringAnalysis analysis = ScoringJobs.create(store, orgId, settings.mappings(),
          zone == null ? settings.scoring().settings() : settings.scoring().settings().withZone(zone),
          Locale.ENGLISH, process.clock(), CliSettings.instanceName()).analyse(true);
      if (format.equals("json")) {
        ObjectMapper mapper = new ObjectMapper();
        ChurnReportsJson json = new ChurnReportsJson(mapper);
        ObjectNode root = mapper.createObjectNode();
        root.put("orgId", orgId);
        root.put("asOf", analysis.asOf().toString());
        root.set("kpiValidation", json.kpiValidation(analysis.churn().reportsOrThrow().kpiValidation()));
        root.set("backtest", json.backtest(analysis.churn().reportsOrThrow().backtest()));
        process.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      } else {
        process.out().print(KpiReportText.of(analysis.churn()));
      }
      process.out().flush();
      return ExitCodes.OK;
    } catch (ScorecardsException e) {
      process.err().println("validate-kpis: the org's scorecards are not valid: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (SQLException e) {
      process.err().println("validate-kpis: the store failed: " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("writing the report failed", e);
    }
  }
}
