package dev.bellwether.service.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bellwether.store.Store;
import dev.bellwether.sync.status.SyncStatusReader;
import dev.bellwether.sync.status.SyncStatusReport;
import dev.bellwether.sync.status.SyncedOrgs;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bellwether sync status [--json]}: per object the watermark, lag, records, calls and errors. */
@Command(name = "status", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Shows where inbound sync of each mapped object stands, from the store (no CRM call).")
final class SyncStatusCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--json", description = "Print JSON (the admin API's format) instead of a table.")
  boolean json;

  @Option(names = "--org", paramLabel = "ORG_ID", description = "The org to show when the store holds several.")
  String org;

  private final CliEnvironment process;

  SyncStatusCommand(CliEnvironment process) {
    this.process = process;
  }

  @Override
  public Integer call() {
    try {
      CliSettings settings = CliSettings.resolve(common, process);
      try (Store store = SyncCommand.openStore(settings)) {
        SyncStatusReport report = report(store, settings);
        if (json) {
          ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
          process.out().println(mapper.writeValueAsString(report.toJson(mapper)));
        } else {
          process.out().print(report.toTable());
        }
        process.out().flush();
        return ExitCodes.OK;
      }
    } catch (CliUsageException e) {
      process.err().println("sync status: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (SQLException | IOException e) {
      process.err().println("sync status: reading the store failed: " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    }
  }

  private SyncStatusReport report(Store store, CliSettings settings) throws SQLException, CliUsageException {
    List<String> orgs = new SyncedOrgs(store.dataSource()).list();
    String orgId = org;
    if (orgId == null) {
      if (orgs.isEmpty()) {
        process.err().println("sync status: no sync has run against " + store.describe() + " yet");
        return new SyncStatusReport(null, process.clock().instant(), List.of());
      }
      if (orgs.size() > 1) {
        throw new CliUsageException("--org: the store holds several orgs (" + String.join(", ", orgs)
            + "); choose one with --org");
      }
      orgId = orgs.get(0);
    }
    return new SyncStatusReader(store.objectStatus(), store.watermarks(), store.records(), process.clock())
        .read(orgId, settings.inboundObjects());
  }
}
