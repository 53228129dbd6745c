package dev.bellwether.service.cli;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.service.scorecards.ScorecardsException;
import dev.bellwether.service.scoring.ScoringJobs;
import dev.bellwether.service.scoring.ScoringReport;
import dev.bellwether.service.scoring.ScoringReportText;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellwether score}: one scoring run over the synced store, then one drain of every outbox
 * so the changed scores, renewals, reminders and churn risk reach the CRM.
 */
@Command(name = "score", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Scores health, renewals and churn risk from the store and writes what changed to the CRM.")
final class ScoreCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--no-push", description = "Compute and queue the changes, but do not send them to the CRM now.")
  boolean noPush;

  @Option(names = "--org", paramLabel = "ORG_ID", description = "The org to score when the store holds several"
      + " (with --no-push; otherwise the CRM's org).")
  String org;

  @Option(names = "--zone", paramLabel = "ZONE", description = "The org's time zone for \"today\" and the windows"
      + " (default: the config file's scoring.zone, else UTC).")
  ZoneId zone;

  @Option(names = "--language", paramLabel = "en|ko", description = "Language of the texts written into CRM records"
      + " (reminder tasks, health summaries; default: the config file's scoring.language, else en).")
  String language;

  private final CliEnvironment process;

  ScoreCommand(CliEnvironment process) {
    this.process = process;
  }

  @Override
  public Integer call() {
    try {
      return execute();
    } catch (CliUsageException e) {
      process.err().println("score: " + e.getMessage());
      process.err().flush();
      return ExitCodes.USAGE;
    }
  }

  private int execute() throws CliUsageException {
    if (language != null && !language.equals("en") && !language.equals("ko")) {
      throw new CliUsageException("--language must be en or ko, was " + language);
    }
    CliSettings settings = CliSettings.resolve(common, process);
    try (Store store = SyncViewCommand.openStore(settings)) {
      if (noPush) {
        String orgId = OrgChoice.single(store, org);
        print(run(store, orgId, settings));
        return ExitCodes.OK;
      }
      try (SalesforceConnector crm = SalesforceConnectors.create(settings.salesforce(), settings.crmEnvironment(),
          process.clock())) {
        String orgId = crm.orgId();
        print(run(store, orgId, settings));
        SyncCommand.OutboxPass outbound = SyncCommand.drainOutboxes(orgId, settings, crm, store,
            CliSettings.instanceName(), process);
        process.out().println(outbound.summary());
        process.out().flush();
        return outbound.clean() ? ExitCodes.OK : ExitCodes.SYNC_ERRORS;
      } catch (CrmException e) {
        return SyncCommand.crmFailed(settings, e, process);
      }
    } catch (ScorecardsException e) {
      process.err().println("score: the org's scorecards are not valid: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (SQLException e) {
      process.err().println("score: the store failed: " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    }
  }

  private ScoringReport run(Store store, String orgId, CliSettings settings)
      throws SQLException, ScorecardsException {
    ScoringSettings scoring = settings.scoring().settings();
    if (zone != null) {
      scoring = scoring.withZone(zone);
    }
    String lang = language != null ? language : settings.scoring().language();
    return ScoringJobs.create(store, orgId, settings.mappings(), scoring, Locale.forLanguageTag(lang), process.clock(),
        CliSettings.instanceName()).run();
  }

  private void print(ScoringReport report) {
    process.out().print(ScoringReportText.of(report));
    process.out().flush();
  }
}
