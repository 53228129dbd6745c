package dev.bellwether.service.reports;

import dev.bellwether.service.admin.AdminContext;
import dev.bellwether.service.admin.AdminJson;
import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import dev.bellwether.service.cli.CliEnvironment;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.service.scoring.signals.StoreSignalSource;
import dev.bellwether.store.Store;
import dev.bellwether.sync.status.SyncedOrgs;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * A report command: reads its options, opens the store, finds the org (the only one synced, or
 * --org), computes and prints. Exit codes as every CLI command: 0 printed, 1 the store failed or
 * holds records the metrics refuse, 2 a usage error naming the option.
 */
abstract class ReportCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--org", paramLabel = "ORG_ID", description = "The org to report on when the store holds several.")
  String org;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day renewal statuses and onboarding windows are judged on (default: today).")
  String asOf;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "The org's time zone; periods and dates are calendar days there (default: UTC).")
  String zone;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "The org's corporate currency, the CRM's amounts are taken to be in it (default: USD).")
  String currency;

  final CliEnvironment process;
  private final StoreOpener stores;
  final AdminJson json = new AdminJson();

  ReportCommand(CliEnvironment process, StoreOpener stores) {
    this.process = process;
    this.stores = stores;
  }

  /** The command as typed, for messages. */
  abstract String name();

  /** Reads the command's own options, before the store is opened. */
  abstract void readOptions(ReportSettings settings, LocalDate asOf) throws ReportUsageException;

  /** The report's text, ending in a newline. */
  abstract String report(Reports reports, String orgId) throws SQLException, ReportUsageException;

  @Override
  public final Integer call() {
    try {
      ReportSettings settings = ReportArguments.settings("--zone", zone, "--currency", currency);
      LocalDate day = ReportArguments.date("--as-of", asOf,
          LocalDate.ofInstant(process.clock().instant(), settings.zone()));
      readOptions(settings, day);
      try (Store store = stores.open()) {
        Reports reports = new Reports(store.records(), new ScorecardSource(store.scorecards()),
            new StoreSignalSource(store), process.clock());
        process.out().print(report(reports, orgOf(store)));
        process.out().flush();
        return OK;
      }
    } catch (ReportUsageException | AdminRequestException e) {
      process.err().println(name() + ": " + e.getMessage());
      return USAGE;
    } catch (SQLException e) {
      process.err().println(name() + ": reading the store failed: " + e.getMessage());
      return FAILED;
    } catch (IllegalArgumentException e) {
      process.err().println(name() + ": the org's records cannot be reported: " + e.getMessage());
      return FAILED;
    } finally {
      process.err().flush();
    }
  }

  /** The org asked for, else the only one synced. */
  private String orgOf(Store store) throws SQLException, AdminRequestException, ReportUsageException {
    SyncAdministration orgs = new SyncAdministration(new AdminContext(store, new SyncedOrgs(store.dataSource())::list,
        List.of(), process.clock()));
    String orgId = orgs.org(org);
    if (orgId == null) {
      throw new ReportUsageException("no_org", "no org has synced into " + store.describe()
          + " yet; run bellwether sync first");
    }
    return orgId;
  }
}
