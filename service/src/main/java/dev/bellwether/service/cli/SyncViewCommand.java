package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminContext;
import dev.bellwether.service.admin.AdminJson;
import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreException;
import dev.bellwether.sync.status.SyncedOrgs;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A {@code sync} subcommand an admin runs against the store alone (no CRM call): status, parked,
 * conflicts, retry-parked. It opens the store, hands the command the same
 * {@link SyncAdministration} the admin HTTP API uses, and turns failures into exit codes.
 */
abstract class SyncViewCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--org", paramLabel = "ORG_ID", description = "The org to show when the store holds several.")
  String org;

  final CliEnvironment process;
  final AdminJson json = new AdminJson();

  SyncViewCommand(CliEnvironment process) {
    this.process = process;
  }

  /** The command as typed, for messages: e.g. "sync parked". */
  abstract String name();

  /** Runs the command over the opened store and returns its exit code. */
  abstract int run(SyncAdministration admin) throws SQLException, AdminRequestException, CliUsageException;

  @Override
  public final Integer call() {
    try {
      CliSettings settings = CliSettings.resolve(common, process);
      try (Store store = openStore(settings)) {
        int code = run(new SyncAdministration(adminContext(store, settings, process.clock())));
        process.out().flush();
        return code;
      }
    } catch (CliUsageException | AdminRequestException e) {
      process.err().println(name() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (SQLException e) {
      process.err().println(name() + ": reading the store failed: " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    }
  }

  /** What the admin views read from the CLI: the orgs with a sync status in the store, the inbound objects. */
  static AdminContext adminContext(Store store, CliSettings settings, Clock clock) {
    return new AdminContext(store, new SyncedOrgs(store.dataSource())::list, settings.inboundObjects(), clock);
  }

  static Store openStore(CliSettings settings) throws CliUsageException {
    try {
      return Store.open(settings.store(), settings.crmEnvironment());
    } catch (StoreException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }
}
