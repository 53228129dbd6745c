package dev.bellwether.service.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How this service instance takes part in continuous sync.
 *
 * @param instanceName this instance's name in the scheduler's table and the page log (host#pid by default)
 * @param pollInterval the pause between the end of one inbound poll of an object and the start of the next
 *     (fixed delay: CRM to store lag is at most this plus a poll's run time)
 * @param drainInterval the pause between two drains of an object's outbox (store to CRM lag: this plus a drain)
 * @param threads jobs this instance runs at once
 * @param heartbeat how often this instance marks the jobs it runs as alive; a job whose instance missed
 *     {@link #MISSED_HEARTBEATS} heartbeats is dead and another instance runs it again
 * @param housekeepingInterval the pause between two purges of old page log, outbox and conflict rows
 * @param retention how long those rows are kept
 */
public record ScheduleSettings(String instanceName, Duration pollInterval, Duration drainInterval, int threads,
    Duration heartbeat, Duration housekeepingInterval, Retention retention) {

  /** Heartbeats an instance may miss before its running jobs count as dead. */
  public static final int MISSED_HEARTBEATS = 4;
  /** Most jobs one instance runs at once; more would only queue on the connector's request limit. */
  public static final int MAX_THREADS = 64;

  /**
   * How long housekeeping keeps rows.
   *
   * @param pageLog applied inbound pages (operators look at recent ones; the cluster test at all of them)
   * @param outboxDone outbox rows written to the CRM
   * @param conflicts decided conflicts, kept longer because an admin may restore a losing value from them
   */
  public record Retention(Duration pageLog, Duration outboxDone, Duration conflicts) {

    public Retention {
      requirePositive(pageLog, "page log retention");
      requirePositive(outboxDone, "outbox retention");
      requirePositive(conflicts, "conflict log retention");
    }

    /** 7 days of page log and sent outbox rows, 90 days of conflicts. */
    public static Retention defaults() {
      return new Retention(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(90));
    }
  }

  public ScheduleSettings {
    if (instanceName == null || instanceName.isBlank()) {
      throw new IllegalArgumentException("the instance needs a name");
    }
    requirePositive(pollInterval, "poll interval");
    requirePositive(drainInterval, "drain interval");
    requirePositive(heartbeat, "heartbeat");
    requirePositive(housekeepingInterval, "housekeeping interval");
    Objects.requireNonNull(retention, "retention");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be 1 to " + MAX_THREADS + ", not " + threads);
    }
  }

  /**
   * Polls every 60 s and drains every 5 s (the freshness goals: CRM to store within 60 s plus a poll,
   * store to CRM within 10 s), 4 threads, a heartbeat every 15 s (a crashed instance's jobs resume
   * elsewhere after about a minute), housekeeping hourly.
   */
  public static ScheduleSettings defaults(String instanceName) {
    return new ScheduleSettings(instanceName, Duration.ofSeconds(60), Duration.ofSeconds(5), 4,
        Duration.ofSeconds(15), Duration.ofHours(1), Retention.defaults());
  }

  public ScheduleSettings withPollInterval(Duration interval) {
    return new ScheduleSettings(instanceName, interval, drainInterval, threads, heartbeat, housekeepingInterval,
        retention);
  }

  public ScheduleSettings withDrainInterval(Duration interval) {
    return new ScheduleSettings(instanceName, pollInterval, interval, threads, heartbeat, housekeepingInterval,
        retention);
  }

  public ScheduleSettings withThreads(int count) {
    return new ScheduleSettings(instanceName, pollInterval, drainInterval, count, heartbeat, housekeepingInterval,
        retention);
  }

  public ScheduleSettings withHeartbeat(Duration interval) {
    return new ScheduleSettings(instanceName, pollInterval, drainInterval, threads, interval, housekeepingInterval,
        retention);
  }

  /**
   * How often the scheduler looks for due jobs: half the shorter interval, at most a second, so a
   * due job waits at most that long and the freshness goals hold; at least 100 ms, so an idle
   * cluster costs each instance a few cheap queries a second at most.
   */
  public Duration dueCheckInterval() {
    Duration half = (pollInterval.compareTo(drainInterval) < 0 ? pollInterval : drainInterval).dividedBy(2);
    Duration capped = half.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : half;
    return capped.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : capped;
  }

  /** How long a job may go without a heartbeat before another instance takes it over. */
  public Duration deadAfter() {
    return heartbeat.multipliedBy(MISSED_HEARTBEATS);
  }

  private static void requirePositive(Duration d, String what) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive, not " + d);
    }
  }
}
