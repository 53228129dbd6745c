package dev.bellwether.service.cli;

import dev.bellwether.service.schedule.Housekeeping;
import dev.bellwether.service.schedule.JobListener;
import dev.bellwether.sync.inbound.InboundMode;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.outbound.DrainResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Continuous sync's output: one plain line per object run, stamped with the time and this
 * instance's name so the lines of several instances can be merged. Drains that had nothing to send
 * are not shown (one every few seconds per object would drown the rest).
 */
final class JobLines implements JobListener {
  private final PrintWriter out;
  private final String instance;
  private final Clock clock;

  JobLines(PrintWriter out, String instance, Clock clock) {
    this.out = out;
    this.instance = instance;
    this.clock = clock;
  }

  @Override
  public void inboundRan(String orgId, InboundRun run, Long lagSeconds) {
    line(String.format("%-20s %-11s %6d records (%d changed%s), %3d API calls, lag %s%s", run.object(),
        run.mode() == InboundMode.FIRST_LOAD ? "first load" : "incremental", run.recordsRead(),
        run.recordsApplied(), run.recordsDeleted() > 0 ? ", " + run.recordsDeleted() + " deleted" : "",
        run.apiCalls(), lagSeconds == null ? "-" : lagSeconds + "s",
        run.missingFields().isEmpty() ? "" : ", missing fields: " + String.join(",", run.missingFields())));
  }

  @Override
  public void inboundFailed(String orgId, String object, Exception error) {
    line(String.format("%-20s inbound FAILED: %s", object, error.getMessage()));
  }

  @Override
  public void drained(String orgId, String object, DrainResult r) {
    if (r.sent() > 0) {
      line(String.format("%-20s %-11s %6d sent, %d done, %d retried, %d parked, %3d API calls", object, "outbound",
          r.sent(), r.done(), r.retried(), r.parked(), r.apiCalls()));
    }
  }

  @Override
  public void drainFailed(String orgId, String object, Exception error) {
    line(String.format("%-20s outbound FAILED: %s", object, error.getMessage()));
  }

  @Override
  public void scored(String orgId, String summary) {
    line(String.format("%-20s %s", "scoring", summary));
  }

  @Override
  public void scoringFailed(String orgId, Exception error) {
    line(String.format("%-20s FAILED: %s", "scoring", error.getMessage()));
  }

  @Override
  public void housekept(Housekeeping.Purged purged) {
    if (purged.total() > 0) {
      line("housekeeping: purged " + purged.pages() + " page log rows, " + purged.outboxRows()
          + " sent outbox rows, " + purged.conflicts() + " conflicts");
    }
  }

  private void line(String text) {
    // One println per line: PrintWriter locks per call, so lines of concurrent jobs never interleave.
    out.println(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + instance + " " + text);
  }
}
