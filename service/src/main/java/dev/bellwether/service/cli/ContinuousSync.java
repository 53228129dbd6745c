package dev.bellwether.service.cli;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.service.lifecycle.Lifecycle;
import dev.bellwether.service.lifecycle.RunningServices;
import dev.bellwether.service.schedule.Housekeeping;
import dev.bellwether.service.schedule.OrgScoring;
import dev.bellwether.service.schedule.OrgSyncJobs;
import dev.bellwether.service.schedule.ScheduleSettings;
import dev.bellwether.service.schedule.SyncScheduler;
import dev.bellwether.service.scoring.ScoringJobs;
import dev.bellwether.service.scoring.ScoringReport;
import dev.bellwether.service.scoring.ScoringTrigger;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bellwether sync} without {@code --once}: this instance's share of the sync jobs on the
 * scheduler, with any companion services beside it, until SIGTERM (or Ctrl-C). The shutdown hook
 * stops the companions and the scheduler (running jobs finish or are interrupted between pages),
 * then waits while the main thread closes the connector and the store.
 */
final class ContinuousSync {
  /** Scoring runs at least this often even without CRM changes: windows and trends move with the days. */
  static final Duration SCORING_MAX_AGE = Duration.ofHours(24);

  /** How long the shutdown hook waits for the connector and store to close after the scheduler stopped. */
  private static final long CLOSE_WAIT_SECONDS = 15;
  /** Connections the scheduler needs beside its job threads: polling, heartbeats, housekeeping. */
  private static final int SCHEDULER_CONNECTIONS = 4;

  private final CliEnvironment process;
  private final CompanionServices companions;

  ContinuousSync(CliEnvironment process, CompanionServices companions) {
    this.process = process;
    this.companions = companions;
  }

  int run(CliSettings settings, ScheduleSettings schedule) throws CliUsageException {
    StoreConfig storeConfig = settings.store().withPoolSize(
        Math.max(StoreConfig.DEFAULT_POOL_SIZE, schedule.threads() + SCHEDULER_CONNECTIONS));
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = null;
    try (Store store = SyncCommand.openStore(storeConfig, settings.crmEnvironment());
        SalesforceConnector crm = SalesforceConnectors.create(settings.salesforce(), settings.crmEnvironment(),
            process.clock())) {
      String orgId = crm.orgId();
      JobLines lines = new JobLines(process.out(), schedule.instanceName(), process.clock());
      OrgSyncJobs jobs = new OrgSyncJobs(orgId, settings.mappings(), crm, store, schedule.instanceName(),
          process.clock(), lines);
      ScoringTrigger trigger = new ScoringTrigger(store, orgId, () -> ScoringJobs.create(store, orgId,
          settings.mappings(), settings.scoring().settings(),
          Locale.forLanguageTag(settings.scoring().language()), process.clock(),
          schedule.instanceName()), SCORING_MAX_AGE, process.clock());
      OrgScoring scoring = () -> trigger.runIfDue().map(ContinuousSync::scoringLine);
      SyncScheduler scheduler = new SyncScheduler(store, schedule, List.of(jobs), Map.of(orgId, scoring),
          new Housekeeping(store, schedule.retention(), process.clock()), lines);
      List<Lifecycle> parts = new ArrayList<>();
      parts.add(scheduler);
      parts.addAll(companions.create(new CompanionServices.Context(store, crm, orgId, settings, schedule)));
      RunningServices services = new RunningServices(parts);
      hook = new Thread(() -> {
        services.stop();
        awaitQuietly(closed);
      }, "bellwether-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);

      process.out().println("org " + orgId + " at " + settings.salesforce().loginUrl() + " -> store "
          + store.describe());
      process.out().println("instance " + schedule.instanceName() + ": " + jobs.inboundObjects().size()
          + " objects polled every " + DurationConverter.format(schedule.pollInterval()) + ", "
          + jobs.outboundObjects().size() + " outboxes drained every "
          + DurationConverter.format(schedule.drainInterval()) + ", " + schedule.threads()
          + " threads; stop with SIGTERM or Ctrl-C");
      process.out().flush();
      services.start();
      services.awaitStopped();
      process.out().println("sync stopped: " + schedule.instanceName());
      process.out().flush();
      return ExitCodes.OK;
    } catch (CrmException e) {
      return SyncCommand.crmFailed(settings, e, process);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.err().println("sync: interrupted");
      return ExitCodes.SYNC_ERRORS;
    } catch (CliUsageException e) {
      throw e;
    } catch (Exception e) {
      process.err().println("sync: " + e.getMessage());
      return ExitCodes.SYNC_ERRORS;
    } finally {
      closed.countDown();
      removeQuietly(hook);
    }
  }

  private static void awaitQuietly(CountDownLatch closed) {
    try {
      closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    if (hook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running and ends once it sees the store closed.
    }
  }

  /** A scoring run in one job line: what it scored and what it queued for the CRM. */
  static String scoringLine(ScoringReport r) {
    return String.format("%d accounts scored, %d renewals, to the CRM: %d accounts, %d snapshots, %d renewals,"
        + " %d reminders; %.1f s", r.scored(), r.renewals(), r.writes().accountsChanged(), r.writes().snapshots(),
        r.writes().renewalsChanged(), r.writes().remindersCreated(), r.total().toMillis() / 1000.0);
  }
}
