package dev.bellwether.service.scoring.bench;

import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.service.ingest.IngestSummary;
import dev.bellwether.service.scoring.ScoringAnalysis;
import dev.bellwether.service.scoring.ScoringReport;
import dev.bellwether.service.scoring.writeback.WriteCounts;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the scoring benchmark measured, and how it prints: the phases, the stages of each run, the goals. */
record BenchFigures(BenchSizes sizes, Map<String, Long> records, Phase book, List<Ingest> ingests, List<Run> runs,
    long storeBytes, long maxHeap) {

  static final double SCORING_GOAL_SECONDS = 30;
  static final long HEAP_GOAL = 1024L * 1024 * 1024;
  static final double INGEST_GOAL_PER_SECOND = 200_000;

  BenchFigures {
    records = Map.copyOf(records);
    ingests = List.copyOf(ingests);
    runs = List.copyOf(runs);
  }

  /** A phase outside scoring: rows written and its time and heap. */
  record Phase(String name, long rows, double seconds, HeapPeak.Peak heap) {}

  /** One ingest of one file. */
  record Ingest(String what, IngestSummary summary, HeapPeak.Peak heap) {}

  /**
   * One scoring run, or with {@code --analyse-only} its analysis alone.
   *
   * @param writes what it wrote; null for an analysis, which writes nothing
   * @param seconds wall time of building and running the job (the stages plus reading the scorecards)
   * @param outboxQueued outbox rows it added
   * @param outboxMerged changes it merged into rows already waiting
   */
  record Run(String name, int accounts, int scored, int renewals, int openRenewals, TrainingResult training,
      WriteCounts writes, Map<String, Duration> stages, double seconds, long outboxQueued, long outboxMerged,
      HeapPeak.Peak heap) {

    static Run of(String name, ScoringReport r, double seconds, long queued, long merged, HeapPeak.Peak heap) {
      return new Run(name, r.accounts(), r.scored(), r.renewals(), r.openRenewals(), r.churn().training(), r.writes(),
          r.stages(), seconds, queued, merged, heap);
    }

    static Run of(String name, ScoringAnalysis a, double seconds, HeapPeak.Peak heap) {
      int scored = (int) a.health().results().values().stream().filter(h -> h.health().computed().hasScore()).count();
      int open = (int) a.renewals().stream().filter(r -> !r.status().isClosed()).count();
      return new Run(name, a.book().accounts().size(), scored, a.renewals().size(), open, a.churn().training(), null,
          a.timings().ordered(), seconds, 0, 0, heap);
    }

    double stageSeconds() {
      return stages.values().stream().mapToLong(Duration::toNanos).sum() / 1e9;
    }
  }

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
        + " answers; %s; -Xmx %d MB%n", sizes.scale(), sizes.accounts(),
        sizes.usageEvents(), sizes.cases(), sizes.surveyAnswers(), storeBytes < 0 ? "PostgreSQL store"
            : String.format("H2 file store (%,d MB on disk at the end)", storeBytes >> 20), maxHeap >> 20);
    out.println("CRM records: " + new TreeMap<>(records));
    out.println();
    BenchTable phases = new BenchTable("phase", "rows", "seconds", "rows/s", "peak heap (MB)", "live after GC (MB)");
    phases.row(book.name(), count(book.rows()), secs(book.seconds()), rate(book.rows(), book.seconds()),
        mb(book.heap().used()), mb(book.heap().liveAfterGc()));
    for (Ingest i : ingests) {
      phases.row("ingest " + i.what(), count(i.summary().read()), secs(i.summary().seconds()),
          rate(i.summary().read(), i.summary().seconds()), mb(i.heap().used()), mb(i.heap().liveAfterGc()));
    }
    for (Run r : runs) {
      phases.row("scoring " + r.name(), count(r.accounts()) + " accounts", secs(r.seconds()),
          rate(r.accounts(), r.seconds()), mb(r.heap().used()), mb(r.heap().liveAfterGc()));
    }
    phases.print(out);
    out.println();
    stages(out);
    out.println();
    BenchTable writes = new BenchTable("scoring run", "scored", "renewals (open)", "churn model", "accounts changed",
        "snapshots", "renewals changed", "reminders", "outbox rows new / merged");
    for (Run r : runs) {
      WriteCounts w = r.writes();
      writes.row(r.name(), count(r.scored()), count(r.renewals()) + " (" + count(r.openRenewals()) + ")",
          model(r.training()), w == null ? "-" : count(w.accountsChanged()), w == null ? "-" : count(w.snapshots()),
          w == null ? "-" : count(w.renewalsChanged()), w == null ? "-" : count(w.remindersCreated()),
          w == null ? "-" : count(r.outboxQueued()) + " / " + count(r.outboxMerged()));
    }
    writes.print(out);
    goals(out);
  }

  private void stages(PrintStream out) {
    Set<String> names = new LinkedHashSet<>();
    runs.forEach(r -> names.addAll(r.stages().keySet()));
    String[] head = new String[runs.size() + 1];
    head[0] = "stage";
    for (int i = 0; i < runs.size(); i++) {
      head[i + 1] = runs.get(i).name() + " s";
    }
    BenchTable t = new BenchTable(head);
    for (String name : names) {
      t.row(cells(name, r -> {
        Duration d = r.stages().get(name);
        return d == null ? "-" : secs(d.toNanos() / 1e9);
      }));
    }
    t.row(cells("total of the stages", r -> secs(r.stageSeconds())));
    t.row(cells("wall (with job set-up)", r -> secs(r.seconds())));
    t.row(cells("write-back per record written", BenchFigures::perRecord));
    t.print(out);
  }

  private String[] cells(String first, java.util.function.Function<Run, String> cell) {
    String[] row = new String[runs.size() + 1];
    row[0] = first;
    for (int i = 0; i < runs.size(); i++) {
      row[i + 1] = cell.apply(runs.get(i));
    }
    return row;
  }

  private void goals(PrintStream out) {
    String scaleNote = sizes.scale() == 1.0 ? "" : String.format(Locale.ROOT, " [at scale %s; the goal is set for"
        + " scale 1]", sizes.scale());
    out.printf(Locale.ROOT, "%ngoals:%n");
    double rate = eventsPerSecond();
    out.printf(Locale.ROOT, "- ingest >= 200,000 events/s: %s (%,.0f events/s: %,d events in %.1f s)%s%n",
        rate >= INGEST_GOAL_PER_SECOND ? "met" : "NOT MET", rate, usageEvents().summary().read(),
        usageEvents().summary().seconds(), scaleNote);
    for (Run r : runs) {
      out.printf(Locale.ROOT, "- scoring <= 30 s, %s: %s (%.1f s)%s%n", r.name(),
          r.seconds() <= SCORING_GOAL_SECONDS ? "met" : "NOT MET", r.seconds(), scaleNote);
    }
    long peak = runs.stream().mapToLong(r -> r.heap().used()).max().orElse(0);
    long live = runs.stream().mapToLong(r -> r.heap().liveAfterGc()).max().orElse(0);
    String heapVerdict = maxHeap > HEAP_GOAL * 1.05 ? "NOT TESTED (run the JVM with -Xmx1g)"
        : peak <= HEAP_GOAL ? "met" : "NOT MET";
    out.printf(Locale.ROOT, "- scoring heap <= 1 GB: %s (-Xmx %d MB; peak used %s MB, most live after a GC %s MB)%s%n",
        heapVerdict, maxHeap >> 20, mb(peak), mb(live), scaleNote);
  }

  /** Write-back time over the records it wrote: accounts, snapshots, renewals and reminder tasks. */
  private static String perRecord(Run r) {
    WriteCounts w = r.writes();
    Duration writeBack = r.stages().get("write-back");
    if (w == null || writeBack == null) {
      return "-";
    }
    long records = w.accountsChanged() + w.snapshots() + w.renewalsChanged() + w.remindersCreated();
    return records == 0 ? "-" : String.format(Locale.ROOT, "%.2f ms (%,d)", writeBack.toNanos() / 1e6 / records,
        records);
  }

  private static String model(TrainingResult training) {
    return training instanceof TrainingResult.Trained t
        ? String.format(Locale.ROOT, "trained on %,d (%,d churned)", t.renewals(), t.churned())
        : "not trained: " + ((TrainingResult.Refused) training).reason();
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
