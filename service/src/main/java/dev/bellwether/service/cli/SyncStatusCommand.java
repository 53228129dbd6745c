package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import dev.bellwether.sync.status.SyncStatusReport;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bellwether sync status [--json]}: per object the watermark, lag, records, API calls,
 * errors, pending and parked outbound records, and conflicts.
 */
@Command(name = "status", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Shows where sync of each mapped object stands, from the store (no CRM call).")
final class SyncStatusCommand extends SyncViewCommand {
  @Option(names = "--json", description = "Print JSON (the admin API's format) instead of a table.")
  boolean asJson;

  SyncStatusCommand(CliEnvironment process) {
    super(process);
  }

  @Override
  String name() {
    return "sync status";
  }

  @Override
  int run(SyncAdministration admin) throws SQLException, AdminRequestException {
    SyncStatusReport report = admin.status(org);
    if (report.orgId() == null) {
      process.err().println("sync status: no sync has run against " + admin.storeDescription() + " yet");
    }
    if (asJson) {
      process.out().println(json.write(report.toJson(json.mapper())));
    } else {
      process.out().print(report.toTable());
    }
    return ExitCodes.OK;
  }
}
