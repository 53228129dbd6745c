package dev.bellwether.service.scoring.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.service.ingest.IngestRequest;
import dev.bellwether.service.ingest.IngestSummary;
import dev.bellwether.service.ingest.InputFormat;
import dev.bellwether.service.ingest.Rejection;
import dev.bellwether.service.ingest.SignalIngest;
import dev.bellwether.service.ingest.SignalKind;
import dev.bellwether.service.scorecards.ScorecardsException;
import dev.bellwether.service.scoring.ScoringAnalysis;
import dev.bellwether.service.scoring.ScoringJob;
import dev.bellwether.service.scoring.ScoringJobs;
import dev.bellwether.service.scoring.ScoringReport;
import dev.bellwether.service.scoring.ScoringReportText;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.scoring.ChurnModelRow;
import dev.bellwether.sync.mapping.MappingsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code scripts/bench scoring [--scale F]}: issue 5's scoring benchmark. Writes a deterministic
 * book of 100,000 accounts (times F) straight into a fresh store (an H2 file, or a PostgreSQL database
 * created for the run with {@code --postgres}), ingests 10,000,000
 * single usage events, 50,000 survey answers, invoices, seats, milestones and monthly usage history
 * through {@link SignalIngest} (what {@code bellwether ingest} and the admin API run), then runs the
 * scoring job twice: first with everything new; then, after the CRM's echo ({@link CrmEcho}) and
 * 1% of the customers opening a case, in the steady state. Prints ingest rate, each stage's
 * seconds, outbox rows queued and peak heap, and the goals met or not. Asserts nothing; run it
 * with -Xmx1g so the heap goal is tested for real.
 *
 * <pre>
 * ScoringBenchmark [--scale F] [--dir DIR] [--keep-store] [--analyse-only]
 * </pre>
 * DIR (default the temp folder) holds the store, deleted at the end unless --keep-store, and the
 * generated input files, kept for the next run of the same size. --analyse-only runs the job's
 * analysis once (every stage but the write-back) instead of the two runs.
 */
public final class ScoringBenchmark {
  static final String ORG = "00DBW0000BENCH001";
  /** The benchmark's "now": fixed, so two runs of one size see the same book and the same windows. */
  static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  private final BenchSizes sizes;
  private final Path dir;
  private final boolean analyseOnly;
  /** Stop after the ingests (for quick iterations on ingest speed); set by {@code --ingest-only}. */
  private boolean ingestOnly;
  private final HeapPeak heap = new HeapPeak();

  /**
   * @param dir where the input files are kept between runs
   * @param analyseOnly run the job's analysis (every stage but the write-back) once instead of two
   *     full runs: for sizes whose write-back would take hours
   */
  ScoringBenchmark(BenchSizes sizes, Path dir, boolean analyseOnly) {
    this.sizes = sizes;
    this.dir = dir;
    this.analyseOnly = analyseOnly;
  }

  public static void main(String[] args) throws Exception {
    double scale = 1.0;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    boolean keep = false;
    boolean analyseOnly = false;
    boolean ingestOnly = false;
    String reuse = null;
    String postgres = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scale" -> scale = Double.parseDouble(value(args, ++i));
        case "--dir" -> dir = Path.of(value(args, ++i));
        case "--keep-store" -> keep = true;
        case "--analyse-only" -> analyseOnly = true;
        case "--ingest-only" -> ingestOnly = true;
        case "--reuse-store" -> reuse = value(args, ++i);
        case "--postgres" -> postgres = value(args, ++i);
        default -> throw new IllegalArgumentException("usage: ScoringBenchmark [--scale F] [--dir DIR] [--keep-store]"
            + " [--analyse-only] [--ingest-only] [--postgres ADMIN_JDBC_URL] [--reuse-store STORE_DIR_OR_JDBC_URL]"
            + " (unknown argument " + args[i] + ")");
      }
    }
    if (reuse != null) {
      // Profiling the analysis alone: the store a --keep-store run left, without writing it again.
      new ScoringBenchmark(BenchSizes.scaled(scale), dir, true).analyseStored(reuse.startsWith("jdbc:")
          ? StoreConfig.server(reuse, null, null) : StoreConfig.embedded(Path.of(reuse)));
      return;
    }
    Files.createDirectories(dir);
    ScoringBenchmark bench = new ScoringBenchmark(BenchSizes.scaled(scale), dir, analyseOnly);
    bench.ingestOnly = ingestOnly;
    if (postgres != null) {
      BenchPostgres database = BenchPostgres.create(postgres);
      try {
        bench.run(database.config(), null).print(System.out);
      } finally {
        if (keep) {
          log("store kept in %s", database.url());
        } else {
          database.drop();
        }
      }
      return;
    }
    Path store = Files.createTempDirectory(dir, "bw-scoring-bench-store-");
    try {
      bench.run(StoreConfig.embedded(store), store).print(System.out);
    } finally {
      if (keep) {
        log("store kept in %s", store);
      } else {
        delete(store);
      }
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /** The analysis alone, on a store an earlier {@code --keep-store} run of the same scale left. */
  void analyseStored(StoreConfig config) throws IOException, SQLException, ScorecardsException {
    try (Store store = Store.open(config, Map.of())) {
      analyses(store);
    }
  }

  /**
   * Every phase on a fresh store.
   *
   * @param data the embedded store's folder (for its size on disk), null for a server database
   */
  BenchFigures run(StoreConfig config, Path data) throws IOException, SQLException, ScorecardsException {
    log("scale %s: %,d accounts, %,d usage events, %,d cases, %,d survey answers; store %s; heap max %d MB",
        sizes.scale(), sizes.accounts(), sizes.usageEvents(), sizes.cases(), sizes.surveyAnswers(),
        config.redactedUrl(), Runtime.getRuntime().maxMemory() >> 20);
    try (Store store = Store.open(config, Map.of())) {
      heap.reset();
      long t0 = System.nanoTime();
      BenchBook book = new BenchBook(store, ORG, NOW, sizes);
      List<BenchAccount> accounts = book.write();
      BenchFigures.Phase bookPhase = phase("CRM book into crm_record", book.counts().values().stream()
          .mapToLong(Long::longValue).sum(), t0);
      log("book: %s in %.1f s", book.counts(), bookPhase.seconds());

      long t1 = System.nanoTime();
      SignalFiles.Inputs inputs = SignalFiles.cached(dir, sizes, accounts, LocalDate.ofInstant(NOW, ZoneOffset.UTC));
      log("signal files in %s (%.1f s; kept for the next run of this size)", inputs.usageEvents().getParent(),
          (System.nanoTime() - t1) / 1e9);

      List<BenchFigures.Ingest> ingests = new ArrayList<>();
      ingests.add(ingest(store, SignalKind.USAGE, "usage events", inputs.usageEvents()));
      ingests.add(ingest(store, SignalKind.USAGE, "seats and milestones", inputs.usageExtras()));
      ingests.add(ingest(store, SignalKind.USAGE, "usage history (monthly rollups)", inputs.usageHistory()));
      ingests.add(ingest(store, SignalKind.SURVEYS, "survey answers", inputs.surveys()));
      ingests.add(ingest(store, SignalKind.INVOICES, "invoices", inputs.invoices()));

      if (ingestOnly) {
        return new BenchFigures(sizes, book.counts(), bookPhase, ingests, List.of(), size(data),
            Runtime.getRuntime().maxMemory());
      }
      if (analyseOnly) {
        return new BenchFigures(sizes, book.counts(), bookPhase, ingests, analyses(store), size(data),
            Runtime.getRuntime().maxMemory());
      }
      BenchFigures.Run first = score(store, "run 1 (all new)", NOW);
      long t2 = System.nanoTime();
      int echoed = new CrmEcho(store, ORG).echo(NOW.plus(Duration.ofMinutes(20)));
      log("outbox marked sent and %,d renewals stored as the CRM's echo in %.1f s", echoed,
          (System.nanoTime() - t2) / 1e9);
      int changed = Math.max(1, sizes.accounts() / 100);
      // Scoring counts signals up to the start of its day, so the new cases are from last evening (a
      // sync after run 1 brought them in).
      book.openCases(accounts, changed, NOW.minus(Duration.ofHours(12)));
      log("between the runs %,d customers opened a case", changed);
      BenchFigures.Run second = score(store, "run 2 (1% changed)", NOW.plus(Duration.ofHours(1)));
      return new BenchFigures(sizes, book.counts(), bookPhase, ingests, List.of(first, second), size(data),
          Runtime.getRuntime().maxMemory());
    }
  }

  private BenchFigures.Ingest ingest(Store store, SignalKind kind, String what, Path file)
      throws IOException, SQLException {
    heap.reset();
    List<Rejection> rejected = new ArrayList<>();
    IngestSummary summary;
    try (InputStream in = Files.newInputStream(file)) {
      summary = new SignalIngest(store).ingest(new IngestRequest(ORG, kind, InputFormat.NDJSON,
          file.getFileName().toString()), in, r -> {
            if (rejected.size() < 5) {
              rejected.add(r);
            }
          });
    }
    rejected.forEach(r -> log("REJECTED %s", r.message()));
    log("ingest %s: %,d read, %,d stored, %,d rejected in %.1f s = %,d lines/s", what, summary.read(),
        summary.accepted(), summary.rejected(), summary.seconds(), summary.linesPerSecond());
    return new BenchFigures.Ingest(what, summary, heap.peak());
  }

  private BenchFigures.Run score(Store store, String name, Instant at) throws SQLException, ScorecardsException {
    long[] before = outbox(store);
    heap.reset();
    long t0 = System.nanoTime();
    ScoringReport report = job(store, at).run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    HeapPeak.Peak peak = heap.peak();
    long[] after = outbox(store);
    long queued = after[0] - before[0];
    long merged = after[1] - before[1];
    log("%s in %.1f s, %,d outbox rows queued, %,d merged into waiting ones:%n%s", name, seconds, queued, merged,
        ScoringReportText.of(report).strip());
    return BenchFigures.Run.of(name, report, seconds, queued, merged, peak);
  }

  /**
   * The analysis twice: first as on a new org (the churn model trained), then as every later run
   * until the weekly retraining (the model the first one trained, read back from the store).
   */
  private List<BenchFigures.Run> analyses(Store store) throws SQLException, ScorecardsException {
    store.transactions().inTransaction(tx -> {
      try (PreparedStatement ps = tx.prepareStatement("DELETE FROM churn_model WHERE org_id = ?")) {
        ps.setString(1, ORG);
        ps.executeUpdate();
      }
      return null;
    });
    List<BenchFigures.Run> runs = new ArrayList<>();
    ScoringAnalysis[] first = new ScoringAnalysis[1];
    runs.add(analyse(store, "analysis, model trained (no write-back)", NOW, a -> first[0] = a));
    keepModel(store, first[0]);
    // A run holds one analysis at a time; keeping the first would measure two in the heap.
    first[0] = null;
    runs.add(analyse(store, "analysis, model reused (no write-back)", NOW.plus(Duration.ofHours(1)), a -> { }));
    return runs;
  }

  /** Stores the model an analysis trained, as a run's write-back would. */
  private static void keepModel(Store store, ScoringAnalysis analysis) throws SQLException {
    if (!(analysis.churn().training() instanceof TrainingResult.Trained trained)) {
      log("no churn model to keep: %s", analysis.churn().training());
      return;
    }
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(trained.model().toMap());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    store.transactions().inTransaction(tx -> {
      store.scoring().churnModels().save(tx, ORG, new ChurnModelRow(analysis.computedAt(), json, "{}", "{}"));
      return null;
    });
  }

  private BenchFigures.Run analyse(Store store, String name, Instant at, Consumer<ScoringAnalysis> result)
      throws SQLException, ScorecardsException {
    heap.reset();
    long t0 = System.nanoTime();
    ScoringAnalysis analysis = job(store, at).analyse();
    double seconds = (System.nanoTime() - t0) / 1e9;
    HeapPeak.Peak peak = heap.peak();
    BenchFigures.Run run = BenchFigures.Run.of(name, analysis, seconds, peak);
    log("%s in %.1f s (heap peak %d MB, %d MB live after a GC, %d collections): %s", name, seconds,
        peak.used() >> 20, peak.liveAfterGc() >> 20, peak.collections(), analysis.timings().ordered());
    result.accept(analysis);
    return run;
  }

  private static ScoringJob job(Store store, Instant at) throws SQLException, ScorecardsException {
    return ScoringJobs.create(store, ORG, MappingsLoader.defaults(), ScoringSettings.defaults(ZoneOffset.UTC),
        Locale.ENGLISH, Clock.fixed(at, ZoneOffset.UTC), "scoring-bench");
  }

  /**
   * Outbox rows of the org and their revisions: nothing drains the outbox between the runs, so a
   * change to a record run 1 queued is merged into its waiting row (revision + 1), not a new row.
   */
  private static long[] outbox(Store store) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(revision), 0) FROM outbox"
            + " WHERE org_id = ?")) {
      ps.setString(1, ORG);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  private BenchFigures.Phase phase(String name, long rows, long startedNanos) {
    return new BenchFigures.Phase(name, rows, (System.nanoTime() - startedNanos) / 1e9, heap.peak());
  }

  /** The embedded store's bytes on disk; -1 for a server database. */
  private static long size(Path dir) throws IOException {
    if (dir == null) {
      return -1;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }
}
