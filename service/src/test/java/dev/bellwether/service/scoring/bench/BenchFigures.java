package dev.bellwether.service.scoring.bench;

import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.service.ingest.IngestSummary;
import dev.bellwether.service.scoring.ScoringReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the scoring benchmark measured, and how it prints: the phases, the stages of both runs, the goals. */
record BenchFigures(BenchSizes sizes, Map<String, Long> records, Phase book, List<Ingest> ingests, Run first,
    Run second, long storeBytes, long maxHeap) {

  static final double SCORING_GOAL_SECONDS = 30;
  static final long HEAP_GOAL = 1024L * 1024 * 1024;
  static final double INGEST_GOAL_PER_SECOND = 200_000;

  /** A phase outside scoring: rows written and its time and heap. */
  record Phase(String name, long rows, double seconds, HeapPeak.Peak heap) {}

  /** One ingest of one file. */
  record Ingest(String what, IngestSummary summary, HeapPeak.Peak heap) {}

  /**
   * One scoring run.
   *
   * @param seconds wall time of building and running the job (the stages plus reading the scorecards)
   * @param outboxQueued outbox rows it added
   * @param outboxMerged changes it merged into rows already waiting (the benchmark sends nothing to a CRM)
   */
  record Run(String name, ScoringReport report, double seconds, long outboxQueued, long outboxMerged,
      HeapPeak.Peak heap) {}

  /** The first ingest: the usage events. */
  Ingest usageEvents() {
    return ingests.get(0);
  }

  double eventsPerSecond() {
    IngestSummary s = usageEvents().summary();
    return s.read() / Math.max(s.seconds(), 1e-9);
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "%nscoring benchmark, scale %s: %,d accounts, %,d usage events, %,d cases, %,d survey"
        + " answers; H2 file store (%,d MB on disk at the end); -Xmx %d MB%n", sizes.scale(), sizes.accounts(),
        sizes.usageEvents(), sizes.cases(), sizes.surveyAnswers(), storeBytes >> 20, maxHeap >> 20);
    out.println("CRM records: " + new TreeMap<>(records));
    out.println();
    BenchTable phases = new BenchTable("phase", "rows", "seconds", "rows/s", "peak heap (MB)", "live after GC (MB)");
    phases.row(book.name(), count(book.rows()), secs(book.seconds()), rate(book.rows(), book.seconds()),
        mb(book.heap().used()), mb(book.heap().liveAfterGc()));
    for (Ingest i : ingests) {
      phases.row("ingest " + i.what(), count(i.summary().read()), secs(i.summary().seconds()),
          rate(i.summary().read(), i.summary().seconds()), mb(i.heap().used()), mb(i.heap().liveAfterGc()));
    }
    for (Run r : List.of(first, second)) {
      phases.row("scoring " + r.name(), count(r.report().accounts()) + " accounts", secs(r.seconds()),
          rate(r.report().accounts(), r.seconds()), mb(r.heap().used()), mb(r.heap().liveAfterGc()));
    }
    phases.print(out);
    out.println();
    stages(out);
    out.println();
    BenchTable writes = new BenchTable("scoring run", "scored", "renewals (open)", "churn model", "accounts changed",
        "snapshots", "renewals changed", "reminders", "outbox rows new / merged");
    for (Run r : List.of(first, second)) {
      ScoringReport p = r.report();
      writes.row(r.name(), count(p.scored()), count(p.renewals()) + " (" + count(p.openRenewals()) + ")",
          model(p), count(p.writes().accountsChanged()), count(p.writes().snapshots()),
          count(p.writes().renewalsChanged()), count(p.writes().remindersCreated()),
          count(r.outboxQueued()) + " / " + count(r.outboxMerged()));
    }
    writes.print(out);
    goals(out);
  }

  private void stages(PrintStream out) {
    Set<String> names = new LinkedHashSet<>(first.report().stages().keySet());
    names.addAll(second.report().stages().keySet());
    BenchTable t = new BenchTable("stage", first.name() + " s", second.name() + " s");
    for (String name : names) {
      t.row(name, stage(first, name), stage(second, name));
    }
    t.row("total of the stages", secs(seconds(first.report().total())), secs(seconds(second.report().total())));
    t.row("wall (with job set-up)", secs(first.seconds()), secs(second.seconds()));
    if (first.report().writes().accountsChanged() > 0) {
      double writeBack = seconds(first.report().stages().getOrDefault("write-back", Duration.ZERO));
      t.row("run 1 write-back per account changed", String.format(Locale.ROOT, "%.2f ms",
          1000 * writeBack / first.report().writes().accountsChanged()), "");
    }
    t.print(out);
  }

  private void goals(PrintStream out) {
    String scaleNote = sizes.scale() == 1.0 ? "" : String.format(Locale.ROOT, " [at scale %s; the goal is set for"
        + " scale 1]", sizes.scale());
    out.printf(Locale.ROOT, "%ngoals:%n");
    double rate = eventsPerSecond();
    out.printf(Locale.ROOT, "- ingest >= 200,000 events/s: %s (%,.0f events/s: %,d events in %.1f s)%s%n",
        rate >= INGEST_GOAL_PER_SECOND ? "met" : "NOT MET", rate, usageEvents().summary().read(),
        usageEvents().summary().seconds(), scaleNote);
    for (Run r : List.of(first, second)) {
      out.printf(Locale.ROOT, "- scoring <= 30 s, %s: %s (%.1f s)%s%n", r.name(),
          r.seconds() <= SCORING_GOAL_SECONDS ? "met" : "NOT MET", r.seconds(), scaleNote);
    }
    long peak = Math.max(first.heap().used(), second.heap().used());
    long live = Math.max(first.heap().liveAfterGc(), second.heap().liveAfterGc());
    String heapVerdict = maxHeap > HEAP_GOAL * 1.05 ? "NOT TESTED (run the JVM with -Xmx1g)"
        : peak <= HEAP_GOAL ? "met" : "NOT MET";
    out.printf(Locale.ROOT, "- scoring heap <= 1 GB: %s (-Xmx %d MB; peak used %s MB, most live after a GC %s MB)%s%n",
        heapVerdict, maxHeap >> 20, mb(peak), mb(live), scaleNote);
  }

  private static String model(ScoringReport r) {
    return r.churn().training() instanceof TrainingResult.Trained t
        ? String.format(Locale.ROOT, "trained on %,d (%,d churned)", t.renewals(), t.churned())
        : "not trained: " + ((TrainingResult.Refused) r.churn().training()).reason();
  }

  private static String stage(Run r, String name) {
    Duration d = r.report().stages().get(name);
    return d == null ? "-" : secs(seconds(d));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static String secs(double s) {
    return String.format(Locale.ROOT, "%.1f", s);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String rate(long n, double s) {
    return String.format(Locale.ROOT, "%,.0f", n / Math.max(s, 1e-9));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
  }
}
