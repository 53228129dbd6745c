package dev.bellwether.service.reliability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suite's counts: kills by phase and by where they landed, runs, and the faults the sync
 * processes logged (retries of calls devorg answered 503 or row-locked, and rounds of records
 * refused with UNABLE_TO_LOCK_ROW). Its {@link #summary} is the line the closing note quotes.
 */
final class ChaosTally {
  private final String lastInboundObject;
  private final Map<String, Integer> firstLoadKillsByObject = new TreeMap<>();
  private final Map<String, Integer> incrementalKillsByObject = new TreeMap<>();
  private int firstLoadKills;
  private int incrementalKills;
  private int runs;
  private int completedRuns;
  private int unavailableRetries;
  private int lockedCallRetries;
  private int lockedRecordRounds;
  private int otherRetries;

  /** @param lastInboundObject the object the inbound pass ends with, after which the outbox is drained */
  ChaosTally(String lastInboundObject) {
    this.lastInboundObject = lastInboundObject;
  }

  /** Counts a finished run and the faults its log shows. */
  void run(SyncRun.Outcome outcome) {
    runs++;
    if (!outcome.killed()) {
      completedRuns++;
    }
    for (String line : outcome.stderr()) {
      if (line.contains(" UNAVAILABLE on try ")) {
        unavailableRetries++;
      } else if (line.contains(" ROW_LOCK on try ")) {
        lockedCallRetries++;
      } else if (line.contains(" on try ")) {
        otherRetries++;
      } else if (line.contains("refused for a passing reason")) {
        lockedRecordRounds++;
      }
    }
  }

  /** Counts a kill that left the first load unfinished. */
  void firstLoadKill(SyncRun.Outcome outcome) {
    firstLoadKills++;
    firstLoadKillsByObject.merge(where(outcome), 1, Integer::sum);
  }

  /** Counts a kill after the first load was complete. */
  void incrementalKill(SyncRun.Outcome outcome) {
    incrementalKills++;
    incrementalKillsByObject.merge(where(outcome), 1, Integer::sum);
  }

  int firstLoadKills() {
    return firstLoadKills;
  }

  int incrementalKills() {
    return incrementalKills;
  }

  int runs() {
    return runs;
  }

  /** Calls the sync processes retried after devorg answered 503. */
  int unavailableRetries() {
    return unavailableRetries;
  }

  /**
   * The closing line: kills during the first load and during incremental sync, restarts, faults.
   *
   * @param crmFaults the faults the CRM editor met, which the sync processes do not log (expired sessions)
   */
  String summary(String database, long seed, String crmFaults, List<String> more) {
    return "kill -9 suite on " + database + " (seed " + seed + "): " + firstLoadKills + " kills during the first load "
        + firstLoadKillsByObject + ", " + incrementalKills + " during incremental sync " + incrementalKillsByObject
        + "; " + runs + " runs (" + (firstLoadKills + incrementalKills) + " restarts after a kill, " + completedRuns
        + " ran to the end); faults seen: sync processes retried " + unavailableRetries + " calls answered 503, "
        + lockedCallRetries + " row-locked calls, " + otherRetries + " others, and " + lockedRecordRounds
        + " rounds of row-locked records; the CRM editor met " + crmFaults + "; " + String.join("; ", more);
  }

  /** The object a kill landed in, or the stage of the run when none was in progress. */
  private String where(SyncRun.Outcome outcome) {
    if (outcome.objectInProgress() != null) {
      return outcome.objectInProgress();
    }
    if (outcome.stdout().isEmpty()) {
      return "start-up";
    }
    boolean inboundDone = outcome.stdout().stream().anyMatch(l -> l.startsWith(lastInboundObject + " ")
        || l.startsWith(lastInboundObject + ": FAILED"));
    return inboundDone ? "outbox drain" : "between objects";
  }
}
