package dev.bellwether.service.schedule;

import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.outbound.DrainResult;

/**
 * Told when a sync job of one object ends, after its status was saved: the CLI prints a line per
 * run. Called from the scheduler's threads, several at once.
 */
public interface JobListener {

  /** A listener that does nothing. */
  JobListener NONE = new JobListener() {
  };

  /**
   * An inbound poll (or first load) of an object ended well.
   *
   * @param lagSeconds how far the object's watermark trails now, or null before any record was read
   */
  default void inboundRan(String orgId, InboundRun run, Long lagSeconds) {
  }

  /** An inbound poll of an object failed; it was recorded in the object's status and runs again later. */
  default void inboundFailed(String orgId, String object, Exception error) {
  }

  /** A drain of an object's outbox ended, also when nothing was due ({@code result.sent()} is 0). */
  default void drained(String orgId, String object, DrainResult result) {
  }

  /** A drain of an object's outbox failed; it was recorded in the object's status and runs again later. */
  default void drainFailed(String orgId, String object, Exception error) {
  }

  /** A scoring run of an org ended; {@code summary} is its one-line report. */
  default void scored(String orgId, String summary) {
  }

  /** A scoring run of an org failed; it runs again at the next check. */
  default void scoringFailed(String orgId, Exception error) {
  }

  /** Housekeeping purged old rows. */
  default void housekept(Housekeeping.Purged purged) {
  }
}
