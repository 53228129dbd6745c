package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import dev.bellwether.sync.status.ParkedRecordsReport;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether sync parked [--json]}: the outbound records the CRM refused, parked for an admin. */
@Command(name = "parked", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Lists the outbound records parked after the CRM refused them, with its reason.")
final class SyncParkedCommand extends SyncViewCommand {
  @Option(names = "--json", description = "Print JSON (the admin API's format) instead of a table.")
  boolean asJson;

  SyncParkedCommand(CliEnvironment process) {
    super(process);
  }

  @Override
  String name() {
    return "sync parked";
  }

  @Override
  int run(SyncAdministration admin) throws SQLException, AdminRequestException {
    ParkedRecordsReport report = admin.parked(org);
    if (asJson) {
      process.out().println(json.write(report.toJson(json.mapper())));
    } else {
      process.out().print(report.toTable());
      if (!report.entries().isEmpty()) {
        process.out().println("retry with: bellwether sync retry-parked ID... | --all");
      }
    }
    return ExitCodes.OK;
  }
}
