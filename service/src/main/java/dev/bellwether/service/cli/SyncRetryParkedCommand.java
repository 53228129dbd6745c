package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import dev.bellwether.store.outbox.OutboxEntry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bellwether sync retry-parked (ID... | --all)}: gives parked records a fresh start. */
@Command(name = "retry-parked", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Makes parked outbound records pending again with no attempts counted; the next outbound"
        + " drain sends them.")
final class SyncRetryParkedCommand extends SyncViewCommand {
  @Parameters(paramLabel = "ID", arity = "0..*", description = "Ids of parked records (see: sync parked).")
  List<Long> ids = new ArrayList<>();

  @Option(names = "--all", description = "Every parked record of the org.")
  boolean all;

  SyncRetryParkedCommand(CliEnvironment process) {
    super(process);
  }

  @Override
  String name() {
    return "sync retry-parked";
  }

  @Override
  int run(SyncAdministration admin) throws SQLException, AdminRequestException, CliUsageException {
    if (all == !ids.isEmpty()) {
      throw new CliUsageException("give the ids of parked records or --all, not " + (all ? "both" : "neither"));
    }
    if (all) {
      List<OutboxEntry> released = admin.retryAll(org);
      released.forEach(this::printReleased);
      process.out().println(released.size() + (released.size() == 1 ? " parked record" : " parked records")
          + " pending again");
      return ExitCodes.OK;
    }
    int notParked = 0;
    for (long id : ids) {
      try {
        printReleased(admin.retry(org, id));
      } catch (AdminRequestException e) {
        if (!"not_parked".equals(e.code())) {
          throw e;
        }
        process.err().println(name() + ": " + e.getMessage());
        notParked++;
      }
    }
    return notParked == 0 ? ExitCodes.OK : ExitCodes.USAGE;
  }

  private void printReleased(OutboxEntry e) {
    process.out().println("outbox entry " + e.id() + " (" + e.object() + " " + e.externalId()
        + "): pending again, due now");
  }
}
