package dev.bellwether.service.cli;

import dev.bellwether.sync.inbound.InboundMode;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.inbound.PageListener;

/** Shows a {@code sync --once} pass as it goes: one object after another, page by page. */
interface SyncProgress extends PageListener {

  /** An object's run begins. */
  void started(String object);

  /** An object's run ended well. */
  void finished(InboundRun run);

  /** An object's run failed; the others go on. */
  void failed(String object, Exception error);

  /** Records per second, or 0 when no time has passed. */
  static long rate(long records, long nanos) {
    return nanos <= 0 ? 0 : Math.round(records / (nanos / 1e9));
  }

  /** The one line printed when an object is done, on a terminal and off it. */
  static String summary(InboundRun run) {
    long nanos = run.duration().toNanos();
    return String.format("%-20s %-11s %8d records  %7d rec/s  %6.1f s  %4d API calls%s%s", run.object(),
        run.mode() == InboundMode.FIRST_LOAD ? "first load" : "incremental",
        run.recordsRead(), rate(run.recordsRead(), nanos), nanos / 1e9, run.apiCalls(),
        run.recordsDeleted() > 0 ? "  " + run.recordsDeleted() + " deleted" : "",
        run.missingFields().isEmpty() ? "" : "  missing fields: " + String.join(",", run.missingFields()));
  }
}
