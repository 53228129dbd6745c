package dev.bellwether.service.cli;

import dev.bellwether.sync.inbound.InboundMode;
import dev.bellwether.sync.inbound.InboundRun;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar per object on a terminal. The total is not known while the CRM streams pages, so
 * the bar is indeterminate: it shows records and rate but no ETA rather than a made-up one.
 */
final class TerminalProgress implements SyncProgress {
  private final PrintWriter out;
  private ProgressBar bar;

  TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(String object) {
    bar = new ProgressBarBuilder()
        .setTaskName(String.format("%-20s", object))
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
        .setUnit(" rec", 1)
        .showSpeed()
        .continuousUpdate()
        .build();
  }

  @Override
  public void pageApplied(String object, InboundMode mode, int page, int records) {
    if (bar != null) {
      bar.stepBy(records);
    }
  }

  @Override
  public void finished(InboundRun run) {
    close();
    out.println(SyncProgress.summary(run));
    out.flush();
  }

  @Override
  public void failed(String object, Exception error) {
    close();
    out.println(object + ": FAILED: " + error.getMessage());
    out.flush();
  }

  private void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
