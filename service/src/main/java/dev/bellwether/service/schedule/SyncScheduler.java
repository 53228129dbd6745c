package dev.bellwether.service.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.bellwether.service.lifecycle.Lifecycle;
import dev.bellwether.store.SqlDialect;
import dev.bellwether.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Continuous sync on db-scheduler over the store's own database (its {@code scheduled_tasks} table
 * comes with the store's migrations). Every instance started on the same database registers the
 * same task instances, of which the table keeps one each, and then runs whatever is due: N
 * instances share the orgs and objects, each object's job runs on one instance at a time, and the
 * jobs of an instance that dies are taken over by the others (see {@link SyncTasks}).
 */
public final class SyncScheduler implements Lifecycle {

  /**
   * How long a stop waits for running jobs before it interrupts them (and then as long again): an
   * interrupted poll is cut between pages and repeats from its watermark, here or elsewhere.
   */
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

  private final ScheduleSettings settings;
  private final SyncTasks tasks;
  private final Scheduler scheduler;

  /**
   * @param store the store, whose database every instance shares
   * @param orgs the orgs this instance serves
   * @param housekeeper what the housekeeping task runs
   * @param listener told of each job's outcome
   */
  public SyncScheduler(Store store, ScheduleSettings settings, List<OrgSyncJobs> orgs,
      Housekeeping housekeeper, JobListener listener) {
    this(store, settings, orgs, Map.of(), housekeeper, listener);
  }

  /**
   * Also scores orgs: {@code scorings} by org id, each checked every couple of minutes and run
   * when its data changed (see {@code ScoringTrigger}), on one instance at a time.
   */
  public SyncScheduler(Store store, ScheduleSettings settings, List<OrgSyncJobs> orgs,
      Map<String, OrgScoring> scorings, Housekeeping housekeeper, JobListener listener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Map<String, OrgSyncJobs> byOrg = new LinkedHashMap<>();
    for (OrgSyncJobs jobs : orgs) {
      if (byOrg.put(jobs.orgId(), jobs) != null) {
        throw new IllegalArgumentException("org " + jobs.orgId() + " given twice");
      }
    }
    this.tasks = new SyncTasks(byOrg, scorings, settings, housekeeper, listener);
    this.scheduler = Scheduler.create(store.dataSource(), tasks.perObjectTasks())
        .jdbcCustomization(jdbcCustomization(store.dialect()))
        .startTasks(tasks.housekeeping())
        .schedulerName(new SchedulerName.Fixed(settings.instanceName()))
        .threads(settings.threads())
        .pollingInterval(settings.dueCheckInterval())
        .heartbeatInterval(settings.heartbeat())
        .missedHeartbeatsLimit(ScheduleSettings.MISSED_HEARTBEATS)
        .shutdownMaxWait(SHUTDOWN_WAIT)
        // OrgSyncJobs logs each failure with its object; the scheduler adds only a line, no stack trace.
        .failureLogging(LogLevel.WARN, false)
        .build();
  }

  /**
   * The library's SQL for our database, named rather than detected (detection warns on H2). Instants
   * are written with a UTC calendar: the columns are TIMESTAMP WITH TIME ZONE, so this only keeps
   * the JVM's time zone out of the conversion.
   */
  private static JdbcCustomization jdbcCustomization(SqlDialect dialect) {
    return dialect == SqlDialect.POSTGRESQL ? new PostgreSqlJdbcCustomization(false, true)
        : new DefaultJdbcCustomization(true);
  }

  @Override
  public String name() {
    return "scheduler " + settings.instanceName() + " (poll every " + settings.pollInterval().toSeconds()
        + " s, drain every " + settings.drainInterval().toMillis() + " ms, " + settings.threads() + " threads)";
  }

  /**
   * Registers a poll and a drain per served object, due now unless the table already has them
   * (another instance registered them, or this database ran before: then they keep their time),
   * and starts running due jobs.
   */
  @Override
  public void start() {
    Instant now = Instant.now();
    for (TaskInstance<Void> instance : tasks.inboundInstances()) {
      scheduler.scheduleIfNotExists(instance, now);
    }
    for (TaskInstance<Void> instance : tasks.outboundInstances()) {
      scheduler.scheduleIfNotExists(instance, now);
    }
    for (TaskInstance<Void> instance : tasks.scoringInstances()) {
      scheduler.scheduleIfNotExists(instance, now);
    }
    scheduler.start();
  }

  /** Stops taking jobs, lets the running ones finish within {@link #SHUTDOWN_WAIT}, then interrupts them. */
  @Override
  public void stop() {
    scheduler.stop();
  }
}
