package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import dev.bellwether.sync.status.ConflictsReport;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether sync conflicts [--json] [--object X] [--limit 50]}: the conflict log, newest first. */
@Command(name = "conflicts", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Lists decided conflicts on fields owned by both sides, newest first: the value kept and the"
        + " value lost.")
final class SyncConflictsCommand extends SyncViewCommand {
  @Option(names = "--json", description = "Print JSON (the admin API's format) instead of a table.")
  boolean asJson;

  @Option(names = "--object", paramLabel = "OBJECT", description = "Only this object's conflicts.")
  String object;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "" + SyncAdministration.DEFAULT_CONFLICT_LIMIT,
      description = "At most this many (default: ${DEFAULT-VALUE}, at most " + SyncAdministration.MAX_CONFLICT_LIMIT
          + ").")
  int limit;

  SyncConflictsCommand(CliEnvironment process) {
    super(process);
  }

  @Override
  String name() {
    return "sync conflicts";
  }

  @Override
  int run(SyncAdministration admin) throws SQLException, AdminRequestException {
    ConflictsReport report = admin.conflicts(org, object, limit);
    if (asJson) {
      process.out().println(json.write(report.toJson(json.mapper())));
    } else {
      process.out().print(report.toTable());
    }
    return ExitCodes.OK;
  }
}
