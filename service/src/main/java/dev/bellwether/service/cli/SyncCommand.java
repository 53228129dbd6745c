package dev.bellwether.service.cli;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.service.admin.AdminServer;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.service.lifecycle.Lifecycle;
import dev.bellwether.service.schedule.JobListener;
import dev.bellwether.service.schedule.OrgSyncJobs;
import dev.bellwether.service.schedule.ScheduleSettings;
import dev.bellwether.store.DataDirectory;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.StoreException;
import dev.bellwether.sync.inbound.InboundSettings;
import dev.bellwether.sync.inbound.InboundStore;
import dev.bellwether.sync.inbound.InboundSync;
import dev.bellwether.sync.inbound.InboundSyncs;
import dev.bellwether.sync.inbound.ObjectFailure;
import dev.bellwether.sync.outbound.DrainResult;
import dev.bellwether.sync.status.ObjectStatusWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellwether sync}: continuous sync on the cluster-safe scheduler until stopped, or with
 * {@code --once} one inbound pass over every mapped object (with progress) followed by one drain of
 * every object's outbox.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = {"Syncs the CRM and the store both ways: continuously until stopped (SIGTERM, Ctrl-C), sharing"
        + " the work with every other instance on the same database, or with --once one pass and exit.",
        "Subcommand 'status' shows where each object stands."})
final class SyncCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--once", description = "Run one inbound pass over every mapped object, drain every outbox once,"
      + " then exit.")
  boolean once;

  @Option(names = "--instance", paramLabel = "NAME",
      description = "This instance's name in the scheduler's table and the page log (default: host#pid).")
  String instance;

  @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Pause between two inbound polls of an object (default: 60s; CRM-to-store lag is at most this"
          + " plus a poll).")
  Duration pollInterval;

  @Option(names = "--drain-interval", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Pause between two drains of an object's outbox (default: 5s).")
  Duration drainInterval;

  @Option(names = "--threads", paramLabel = "N", description = "Sync jobs this instance runs at once (default: 4).")
  Integer threads;

  @Option(names = "--heartbeat", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How often this instance marks its running jobs alive; after " + ScheduleSettings.MISSED_HEARTBEATS
          + " missed heartbeats another instance takes them over (default: 15s).")
  Duration heartbeat;

  @Option(names = "--admin-port", paramLabel = "PORT", defaultValue = "" + AdminServer.DEFAULT_PORT,
      description = "Continuous sync serves the admin HTTP API on this port (default: ${DEFAULT-VALUE}; 0 picks a"
          + " free one).")
  int adminPort;

  @Option(names = "--admin-host", paramLabel = "ADDRESS", defaultValue = AdminServer.DEFAULT_HOST,
      description = "The address the admin API binds (default: ${DEFAULT-VALUE}, this machine only).")
  String adminHost;

  @Option(names = "--no-admin", description = "Continuous sync without the admin HTTP API.")
  boolean noAdmin;

  private final CliEnvironment process;
  private final CompanionServices companions;

  SyncCommand(CliEnvironment process) {
    this(process, CompanionServices.NONE);
  }

  /** @param companions what runs beside the scheduler in continuous mode (the admin HTTP server) */
  SyncCommand(CliEnvironment process, CompanionServices companions) {
    this.process = process;
    this.companions = companions;
  }

  @Override
  public Integer call() {
    try {
      ScheduleSettings schedule = scheduleSettings();
      CliSettings settings = CliSettings.resolve(common, process);
      return once ? runOnce(settings, schedule.instanceName())
          : new ContinuousSync(process, withAdmin(companions)).run(settings, schedule);
    } catch (CliUsageException e) {
      process.err().println("sync: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  /** The given companions plus, unless --no-admin, the admin HTTP API over the same store. */
  private CompanionServices withAdmin(CompanionServices given) throws CliUsageException {
    if (noAdmin) {
      return given;
    }
    AdminToken token;
    try {
      Path data = DataDirectory.resolve(common.data, process.env(), process.workingDirectory()).path();
      token = AdminToken.resolve(process.env(), data);
    } catch (StoreException | IOException e) {
      throw new CliUsageException("admin API token: " + e.getMessage(), e);
    }
    return context -> {
      List<Lifecycle> parts = new ArrayList<>(given.create(context));
      parts.add(new AdminCompanion(SyncViewCommand.adminContext(context.store(), context.settings(), process.clock()),
          token, adminHost, adminPort, process.out(), context.settings().panels(context.store(), process.clock())));
      return parts;
    };
  }

  private ScheduleSettings scheduleSettings() throws CliUsageException {
    if (once && (pollInterval != null || drainInterval != null || threads != null || heartbeat != null)) {
      throw new CliUsageException("--poll-interval, --drain-interval, --threads and --heartbeat are for continuous"
          + " sync; --once runs each object once");
    }
    ScheduleSettings s = ScheduleSettings.defaults(instance != null ? instance : CliSettings.instanceName());
    try {
      s = pollInterval == null ? s : s.withPollInterval(pollInterval);
      s = drainInterval == null ? s : s.withDrainInterval(drainInterval);
      s = threads == null ? s : s.withThreads(threads);
      return heartbeat == null ? s : s.withHeartbeat(heartbeat);
    } catch (IllegalArgumentException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }

  private int runOnce(CliSettings settings, String instanceName) throws CliUsageException {
    SyncProgress progress = process.terminal() ? new TerminalProgress(process.out())
        : new PlainProgress(process.out());
    try (Store store = openStore(settings);
        SalesforceConnector crm = SalesforceConnectors.create(settings.salesforce(), settings.crmEnvironment(),
            process.clock())) {
      String orgId = crm.orgId();
      process.out().println("org " + orgId + " at " + settings.salesforce().loginUrl() + " -> store "
          + store.describe());
      InboundSyncs syncs = new InboundSyncs(orgId, settings.mappings(), crm, InboundStore.of(store, instanceName),
          InboundSettings.defaults(), progress);
      ObjectStatusWriter statuses = new ObjectStatusWriter(store.objectStatus(), store.transactions(),
          process.clock());
      // One CRM clock read for the pass, as InboundSyncs.runOnce does; objects run here one by one
      // so each gets its own progress bar and its status is saved as soon as it ends.
      Instant crmNow = syncs.crmNow();
      int failures = 0;
      for (InboundSync sync : syncs.syncs()) {
        if (!runObject(orgId, sync, crmNow, progress, statuses)) {
          failures++;
        }
      }
      OutboxPass outbound = drainOutboxes(orgId, settings, crm, store, instanceName, process);
      process.out().println(failures == 0 ? "sync done: " + syncs.syncs().size() + " objects"
          : "sync done with errors: " + failures + " of " + syncs.syncs().size() + " objects failed");
      process.out().println(outbound.summary());
      process.out().flush();
      return failures == 0 && outbound.clean() ? ExitCodes.OK : ExitCodes.SYNC_ERRORS;
    } catch (CrmException e) {
      return crmFailed(settings, e, process);
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

  /** Drains every drainable object's outbox once, after the inbound pass, with a line per object. */
  static OutboxPass drainOutboxes(String orgId, CliSettings settings, SalesforceConnector crm, Store store,
      String instanceName, CliEnvironment process) throws SQLException {
    OutboxPass pass = new OutboxPass();
    OrgSyncJobs jobs = new OrgSyncJobs(orgId, settings.mappings(), crm, store, instanceName, process.clock(),
        pass.reportingTo(process));
    for (String object : jobs.outboundObjects()) {
      jobs.drain(object);
    }
    return pass;
  }

  /** The outbox drains of a {@code --once} pass: a line per object and the totals. */
  static final class OutboxPass {
    private DrainResult total = DrainResult.NONE;
    private int objects;
    private int failures;

    JobListener reportingTo(CliEnvironment process) {
      return new JobListener() {
        @Override
        public void drained(String orgId, String object, DrainResult r) {
          objects++;
          total = total.plus(r);
          process.out().println(String.format("%-20s outbound     %6d sent, %d done, %d retried, %d parked,"
              + " %d API calls", object, r.sent(), r.done(), r.retried(), r.parked(), r.apiCalls()));
        }

        @Override
        public void drainFailed(String orgId, String object, Exception error) {
          objects++;
          failures++;
          process.out().println(object + ": outbound FAILED: " + error.getMessage());
        }
      };
    }

    /** No drain failed and no record was parked. */
    boolean clean() {
      return failures == 0 && total.parked() == 0;
    }

    String summary() {
      return "outbox drained: " + objects + " objects, " + total.sent() + " sent, " + total.done() + " done, "
          + total.retried() + " to retry, " + total.parked() + " parked"
          + (failures > 0 ? ", " + failures + " objects failed" : "");
    }
  }

  /** A CRM failure at start-up: a configuration error is a usage error, anything else a sync error. */
  static int crmFailed(CliSettings settings, CrmException e, CliEnvironment process) throws CliUsageException {
    if (e.kind() == CrmException.Kind.CONFIGURATION) {
      throw new CliUsageException(e.getMessage(), e);
    }
    process.err().println("sync: the CRM at " + settings.salesforce().loginUrl() + " failed (" + e.kind()
        + (e.code() == null ? "" : " " + e.code()) + "): " + e.getMessage());
    return ExitCodes.SYNC_ERRORS;
  }

  static Store openStore(CliSettings settings) throws CliUsageException {
    return openStore(settings.store(), settings.crmEnvironment());
  }

  static Store openStore(StoreConfig config, Map<String, String> env) throws CliUsageException {
    try {
      return Store.open(config, env);
    } catch (StoreException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }
}
