package dev.bellwether.service.cli;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreException;
import dev.bellwether.sync.inbound.InboundSettings;
import dev.bellwether.sync.inbound.InboundStore;
import dev.bellwether.sync.inbound.InboundSync;
import dev.bellwether.sync.inbound.InboundSyncs;
import dev.bellwether.sync.inbound.ObjectFailure;
import dev.bellwether.sync.status.ObjectStatusWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bellwether sync --once}: one inbound pass over every mapped object, with progress. */
@Command(name = "sync", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Syncs the CRM into the store. Subcommand 'status' shows where each object stands.")
final class SyncCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--once", description = "Run one pass over every mapped object, then exit.")
  boolean once;

  private final CliEnvironment process;

  SyncCommand(CliEnvironment process) {
    this.process = process;
  }

  @Override
  public Integer call() {
    if (!once) {
      // Continuous polling belongs to the cluster-safe scheduler, which is not built yet.
      process.err().println("sync: only --once is supported for now (continuous polling comes with the"
          + " scheduler); try: bellwether sync --once");
      return ExitCodes.USAGE;
    }
    try {
      return runOnce(CliSettings.resolve(common, process));
    } catch (CliUsageException e) {
      process.err().println("sync: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private int runOnce(CliSettings settings) throws CliUsageException {
    SyncProgress progress = process.terminal() ? new TerminalProgress(process.out())
        : new PlainProgress(process.out());
    try (Store store = openStore(settings);
        SalesforceConnector crm = SalesforceConnectors.create(settings.salesforce(), settings.crmEnvironment(),
            process.clock())) {
      String orgId = crm.orgId();
      process.out().println("org " + orgId + " at " + settings.salesforce().loginUrl() + " -> store "
          + store.describe());
      InboundSyncs syncs = new InboundSyncs(orgId, settings.mappings(), crm,
          InboundStore.of(store, CliSettings.instanceName()), InboundSettings.defaults(),
          progress);
      ObjectStatusWriter statuses = new ObjectStatusWriter(store.objectStatus(), store.transactions(),
          process.clock());
      // One CRM clock read for the pass, as InboundSyncs.runOnce does; objects run here one by one
      // so each gets its own progress bar and its status is saved as soon as it ends.
      Instant crmNow = crm.serverTime();
      int failures = 0;
      for (InboundSync sync : syncs.syncs()) {
        if (!runObject(orgId, sync, crmNow, progress, statuses)) {
          failures++;
        }
      }
      process.out().println(failures == 0 ? "sync done: " + syncs.syncs().size() + " objects"
          : "sync done with errors: " + failures + " of " + syncs.syncs().size() + " objects failed");
      process.out().flush();
      return failures == 0 ? ExitCodes.OK : ExitCodes.SYNC_ERRORS;
    } catch (CrmException e) {
      if (e.kind() == CrmException.Kind.CONFIGURATION) {
        throw new CliUsageException(e.getMessage(), e);
      }
      process.err().println("sync: the CRM at " + settings.salesforce().loginUrl() + " failed (" + e.kind()
          + (e.code() == null ? "" : " " + e.code()) + "): " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    } catch (SQLException e) {
      process.err().println("sync: the store failed: " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    }
  }

  /** Runs one object; false when it failed (already reported and recorded). */
  private boolean runObject(String orgId, InboundSync sync, Instant crmNow, SyncProgress progress,
      ObjectStatusWriter statuses) throws CrmException, SQLException {
    Instant startedAt = process.clock().instant();
    progress.started(sync.object());
    try {
      var run = sync.run(crmNow);
      statuses.succeeded(orgId, run, startedAt);
      progress.finished(run);
      return true;
    } catch (CrmException e) {
      if (e.kind() == CrmException.Kind.INTERRUPTED) {
        throw e;
      }
      return failed(orgId, sync.object(), e, startedAt, progress, statuses);
    } catch (SQLException | RuntimeException e) {
      return failed(orgId, sync.object(), e, startedAt, progress, statuses);
    }
  }

  private static boolean failed(String orgId, String object, Exception e, Instant startedAt, SyncProgress progress,
      ObjectStatusWriter statuses) throws SQLException {
    progress.failed(object, e);
    statuses.failed(orgId, new ObjectFailure(object, e), startedAt);
    return false;
  }

  static Store openStore(CliSettings settings) throws CliUsageException {
    try {
      return Store.open(settings.store(), settings.crmEnvironment());
    } catch (StoreException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }
}
