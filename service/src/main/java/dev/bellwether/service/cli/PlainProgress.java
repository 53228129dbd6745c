package dev.bellwether.service.cli;

import dev.bellwether.sync.inbound.InboundMode;
import dev.bellwether.sync.inbound.InboundRun;
import java.io.PrintWriter;

/**
 * Progress as plain lines, for logs and pipes: a line per page with the running count and rate (the
 * total is unknown while reading, so no ETA), and a summary line per object.
 */
final class PlainProgress implements SyncProgress {
  private final PrintWriter out;
  private long startedNanos;
  private long records;

  PlainProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(String object) {
    startedNanos = System.nanoTime();
    records = 0;
    out.println(object + ": syncing");
    out.flush();
  }

  @Override
  public void pageApplied(String object, InboundMode mode, int page, int pageRecords) {
    records += pageRecords;
    out.println(object + ": page " + page + ", " + records + " records, "
        + SyncProgress.rate(records, System.nanoTime() - startedNanos) + " rec/s");
    out.flush();
  }

  @Override
  public void finished(InboundRun run) {
    out.println(SyncProgress.summary(run));
    out.flush();
  }

  @Override
  public void failed(String object, Exception error) {
    out.println(object + ": FAILED: " + error.getMessage());
    out.flush();
  }
}
