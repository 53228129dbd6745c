package dev.bellwether.service.schedule;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync jobs as db-scheduler tasks: an inbound poll and an outbox drain per org and object (task
 * instance {@code <orgId>/<object>}), and one housekeeping task for the whole cluster. db-scheduler
 * runs each instance on one service instance at a time, so N service instances share the objects
 * without ever running one object's poll twice at once.
 *
 * <p>Timing: each instance is rescheduled when its run ends, {@code interval} later (fixed delay),
 * so runs of one object never queue up behind a slow one, and CRM-to-store lag stays within the
 * poll interval plus one run.
 *
 * <p>Failures, chosen deliberately:
 * <ul>
 *   <li>An object's own failure (the CRM refused, a page could not be stored) is not a task failure:
 *       {@link OrgSyncJobs} records it in the object's status, reports it, and the task reschedules
 *       itself normally. The connector has already retried with backoff inside the run, and the
 *       next run starts again from the watermark, so waiting longer would only add staleness.</li>
 *   <li>What escapes (the store itself failing, so not even the status could be written, or a
 *       bug) goes to db-scheduler's {@code OnFailureReschedule} with the same fixed delay: the job
 *       keeps its cadence and heals when the database comes back. Not {@code MaxRetries}, which
 *       deletes the task instance: an object would silently stop syncing. Not exponential backoff,
 *       which would stretch the lag right when the database recovers; a failing run costs one
 *       database round trip, so retrying at the normal pace is cheap.</li>
 *   <li>A run whose instance died (kill -9, lost network) stops sending heartbeats; after
 *       {@link ScheduleSettings#deadAfter()} another instance revives it at once
 *       ({@code ReviveDeadExecution}). A half-done first load then starts again and the store skips
 *       the versions it already has; a half-done poll repeats its window.</li>
 * </ul>
 */
final class SyncTasks {
  private static final Logger LOG = LoggerFactory.getLogger(SyncTasks.class);

  /** The task names in the scheduler's table. */
  static final String INBOUND = "bellwether-inbound-poll";
  static final String OUTBOUND = "bellwether-outbound-drain";
  static final String HOUSEKEEPING = "bellwether-housekeeping";
  static final String SCORING = "bellwether-scoring";
  /**
   * How often an org checks whether scoring is due: two indexed reads when nothing changed, so a
   * CRM change is scored within this much of the sync that read it.
   */
  static final Duration SCORING_CHECK = Duration.ofMinutes(2);

  private final Map<String, OrgSyncJobs> orgs;
  private final CustomTask<Void> inbound;
  private final CustomTask<Void> outbound;
  private final RecurringTask<Void> housekeeping;
  private final Map<String, OrgScoring> scorings;
  private final CustomTask<Void> scoring;

  /** @param orgs the orgs this instance serves, by org id */
  SyncTasks(Map<String, OrgSyncJobs> orgs, ScheduleSettings settings, Housekeeping housekeeper,
      JobListener listener) {
    this(orgs, Map.of(), settings, housekeeper, listener);
  }

  /** @param scorings the scoring of the orgs this instance scores, by org id */
  SyncTasks(Map<String, OrgSyncJobs> orgs, Map<String, OrgScoring> scorings, ScheduleSettings settings,
      Housekeeping housekeeper, JobListener listener) {
    this.orgs = Map.copyOf(orgs);
    this.scorings = Map.copyOf(scorings);
    this.scoring = Tasks.custom(SCORING, Void.class)
        .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(SCORING_CHECK)))
        .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
        .execute((instance, context) -> {
          OrgScoring org = this.scorings.get(instance.getId());
          if (org == null) {
            LOG.info("{} {}: not scored on this instance, skipped", SCORING, instance.getId());
          } else {
            try {
              org.scoreIfDue().ifPresent(summary -> listener.scored(instance.getId(), summary));
            } catch (Exception e) {
              // The run's writes are in per-batch transactions that either committed or not; the
              // next check starts over from the store, so a failure only delays scoring.
              LOG.warn("{} {} failed: {}", SCORING, instance.getId(), e.toString());
              listener.scoringFailed(instance.getId(), e);
            }
          }
          return fixedDelay(SCORING_CHECK);
        });
    this.inbound = perObject(INBOUND, settings.pollInterval(), OrgSyncJobs::runInbound,
        OrgSyncJobs::inboundObjects);
    this.outbound = perObject(OUTBOUND, settings.drainInterval(), OrgSyncJobs::drain,
        OrgSyncJobs::outboundObjects);
    this.housekeeping = Tasks.recurring(HOUSEKEEPING, FixedDelay.of(settings.housekeepingInterval()))
        .onFailureReschedule()
        .onDeadExecutionRevive()
        .execute((instance, context) -> {
          try {
            listener.housekept(housekeeper.run());
          } catch (SQLException e) {
            throw new IllegalStateException("housekeeping failed: " + e.getMessage(), e);
          }
        });
  }

  /** The work of one object, by org and object name. */
  @FunctionalInterface
  private interface ObjectJob {
    void run(OrgSyncJobs jobs, String object) throws SQLException;
  }

  /** Which objects of an org a task covers. */
  @FunctionalInterface
  private interface CoveredObjects {
    List<String> of(OrgSyncJobs jobs);
  }

  private CustomTask<Void> perObject(String name, Duration interval, ObjectJob job, CoveredObjects covered) {
    return Tasks.custom(name, Void.class)
        .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(interval)))
        .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
        .execute((instance, context) -> {
          ObjectKey key = ObjectKey.parse(instance.getId());
          OrgSyncJobs jobs = orgs.get(key.orgId());
          if (jobs == null || !covered.of(jobs).contains(key.object())) {
            // Left by a configuration that mapped it, or another instance serves this org: not ours to delete.
            LOG.info("{} {}: not mapped on this instance, skipped", name, instance.getId());
          } else {
            try {
              job.run(jobs, key.object());
            } catch (SQLException e) {
              throw new IllegalStateException(name + " " + instance.getId() + ": the store failed: "
                  + e.getMessage(), e);
            }
          }
          return fixedDelay(interval);
        });
  }

  private static CompletionHandler<Void> fixedDelay(Duration interval) {
    return (complete, operations) -> operations.reschedule(complete, complete.getTimeDone().plus(interval));
  }

  /** The tasks with an instance per org and object (the scheduler learns of housekeeping as a start task). */
  List<Task<?>> perObjectTasks() {
    return List.of(inbound, outbound, scoring);
  }

  /** The scoring instances, one per scored org (instance id = org id). */
  List<TaskInstance<Void>> scoringInstances() {
    return scorings.keySet().stream().map(scoring::instance).toList();
  }

  /** The one housekeeping task, scheduled when an instance starts unless another already did. */
  RecurringTask<Void> housekeeping() {
    return housekeeping;
  }

  /** The inbound poll instances of every served object. */
  List<TaskInstance<Void>> inboundInstances() {
    return orgs.values().stream().flatMap(jobs -> jobs.inboundObjects().stream()
        .map(object -> inbound.instance(new ObjectKey(jobs.orgId(), object).id()))).toList();
  }

  /** The outbox drain instances of every served object. */
  List<TaskInstance<Void>> outboundInstances() {
    return orgs.values().stream().flatMap(jobs -> jobs.outboundObjects().stream()
        .map(object -> outbound.instance(new ObjectKey(jobs.orgId(), object).id()))).toList();
  }

  /**
   * A task instance's key: org and object.
   *
   * @param orgId the org
   * @param object the mapped object
   */
  record ObjectKey(String orgId, String object) {

    String id() {
      return orgId + "/" + object;
    }

    static ObjectKey parse(String id) {
      int slash = id.indexOf('/');
      if (slash <= 0 || slash == id.length() - 1) {
        throw new IllegalArgumentException("not an <orgId>/<object> task instance: " + id);
      }
      return new ObjectKey(id.substring(0, slash), id.substring(slash + 1));
    }
  }
}
