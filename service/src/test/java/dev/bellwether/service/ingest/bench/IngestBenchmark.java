package dev.bellwether.service.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.cli.BellwetherCli;
import dev.bellwether.service.cli.CliEnvironment;
import dev.bellwether.service.ingest.FirstRejects;
import dev.bellwether.service.ingest.IngestRequest;
import dev.bellwether.service.ingest.IngestSummary;
import dev.bellwether.service.ingest.InputFormat;
import dev.bellwether.service.ingest.SignalIngest;
import dev.bellwether.service.ingest.SignalKind;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.signals.DateWindow;
import dev.bellwether.store.signals.UsageCopyTimes;
import dev.bellwether.store.signals.UsagePeriod;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Ingest throughput: N single usage events as NDJSON (generated once and cached), ingested through
 * {@code bellwether ingest usage} in-process into a fresh H2 file store; prints events/s, seconds,
 * peak heap, CPU per thread (parse vs. database), then the aggregate queries' times on the result.
 *
 * <pre>
 * IngestBenchmark [EVENTS] [--accounts 100000] [--days 90] [--dir /tmp] [--keep-store] [--queries] [--pipe]
 *     [--db JDBC_URL] [--batch N]
 * </pre>
 * {@code --db} ingests into that (empty) PostgreSQL database instead of a fresh H2 file.
 * {@code --batch N} ingests through {@link SignalIngest} directly (not the CLI) with N lines per batch
 * and transaction, and on PostgreSQL also prints where the writer's time went (encode, COPY,
 * INSERT ... SELECT) and the server backends' CPU seconds.
 * {@code --pipe} generates the events into a pipe read as {@code bellwether ingest usage -} instead
 * of writing (and reading) the cached file.
 * Run with a small heap (e.g. -Xmx256m) to show the ingest's memory does not grow with the input.
 * {@code --queries} also times scoring's aggregate queries on the result; H2 runs them inside this
 * JVM and holds every account's group (and its distinct features and users) in memory, so give
 * them a larger heap (about 1 GB for 100,000 accounts).
 */
public final class IngestBenchmark {
  private static final String ORG = "00DBENCH000000001";
  private static final LocalDate FIRST_DAY = LocalDate.parse("2025-01-01");
  private static final String[] FEATURES = {"dashboards", "reports", "exports", "alerts", "automations",
      "integrations", "search", "sharing", "comments", "mobile", "api", "admin"};
  private static final int USERS_PER_ACCOUNT = 25;

  private final long events;
  private final int accounts;
  private final int days;
  private final Path dir;
  private final boolean keepStore;
  private final boolean queries;
  private final boolean pipe;
  private final String db;
  private final int batch;

  private IngestBenchmark(long events, int accounts, int days, Path dir, boolean keepStore, boolean queries,
      boolean pipe, String db, int batch) {
    this.events = events;
    this.accounts = accounts;
    this.days = days;
    this.dir = dir;
    this.keepStore = keepStore;
    this.queries = queries;
    this.pipe = pipe;
    this.db = db;
    this.batch = batch;
  }

  public static void main(String[] args) throws Exception {
    long events = 10_000_000;
    int accounts = 100_000;
    int days = 90;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));
    boolean keep = false;
    boolean queries = false;
    boolean pipe = false;
    String db = null;
    int batch = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--accounts" -> accounts = Integer.parseInt(args[++i]);
        case "--days" -> days = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--keep-store" -> keep = true;
        case "--queries" -> queries = true;
        case "--pipe" -> pipe = true;
        case "--db" -> db = args[++i];
        case "--batch" -> batch = Integer.parseInt(args[++i].replace("_", ""));
        default -> events = Long.parseLong(args[i].replace("_", ""));
      }
    }
    new IngestBenchmark(events, accounts, days, dir, keep, queries, pipe, db, batch).run();
  }

  private void run() throws Exception {
    String input;
    if (pipe) {
      // The process's stdin becomes a pipe fed by a generating thread: what `... | bellwether ingest usage -` does.
      PipedOutputStream feed = new PipedOutputStream();
      System.setIn(new PipedInputStream(feed, 1 << 16));
      Thread generator = new Thread(() -> {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(feed, StandardCharsets.UTF_8))) {
          writeEvents(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "event-generator");
      generator.setDaemon(true);
      generator.start();
      input = "-";
    } else {
      Path file = inputFile();
      input = file.toString();
      System.out.printf(Locale.ROOT, "input %s (%,d bytes)%n", file, Files.size(file));
    }
    Path data = Files.createTempDirectory(dir, "bw-ingest-bench-");
    System.out.printf(Locale.ROOT, "input %s, store %s, heap max %d MB%n", pipe ? "generated into a pipe" : input,
        db != null ? db : data, Runtime.getRuntime().maxMemory() >> 20);
    ThreadCpu cpu = new ThreadCpu();
    HeapPeak heap = new HeapPeak();
    cpu.start();
    heap.start();
    StoreConfig config = db != null ? StoreConfig.server(db, null, null) : StoreConfig.embedded(data);
    long started = System.nanoTime();
    List<String> breakdown = new ArrayList<>();
    long read;
    long accepted;
    if (batch > 0) {
      IngestSummary summary = ingestDirectly(config, input, breakdown);
      read = summary.read();
      accepted = summary.accepted();
    } else {
      JsonNode total = ingestByCli(input, data);
      read = total.get("read").asLong();
      accepted = total.get("accepted").asLong();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    heap.stop();
    cpu.stop();
    System.out.printf(Locale.ROOT, "ingest: %,d events read, %,d stored in %.1f s (incl. store open) = %,.0f events/s%n",
        read, accepted, seconds, read / seconds);
    breakdown.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "peak heap used: %d MB (max %d MB)%n", heap.peak() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("CPU seconds by thread (parse = main, database = bellwether-ingest-writer + H2's own):");
    cpu.print();
    if (queries) {
      queries(config);
    }
    if (!keepStore) {
      delete(data);
    }
  }

  /** {@code bellwether ingest usage} in-process, as a user runs it; returns the JSON summary's total. */
  private JsonNode ingestByCli(String input, Path data) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment process = new CliEnvironment(Map.of(), Path.of("").toAbsolutePath(), new PrintWriter(out, true),
        new PrintWriter(err, true), false, Clock.systemUTC());
    int code = BellwetherCli.run(process, "ingest", "usage", input, "--format", "ndjson",
        db != null ? "--db" : "--data", db != null ? db : data.toString(), "--org", ORG, "--json");
    if (code != 0) {
      throw new IllegalStateException("ingest exited " + code + ": " + err);
    }
    return new ObjectMapper().readTree(out.toString()).get("total");
  }

  /**
   * The same ingest through {@link SignalIngest} with {@code --batch} lines a batch, on a store this
   * benchmark holds, so it can read the COPY phases and the server's CPU before closing it.
   */
  private IngestSummary ingestDirectly(StoreConfig config, String input, List<String> breakdown) throws Exception {
    long opening = System.nanoTime();
    try (Store store = Store.open(config, Map.of());
        InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
      breakdown.add(String.format(Locale.ROOT, "store open (and migrate): %.1f s", (System.nanoTime() - opening) / 1e9));
      String walBefore = db != null ? walPosition(store) : null;
      FirstRejects rejects = new FirstRejects(3);
      IngestSummary summary = new SignalIngest(store, batch).ingest(
          new IngestRequest(ORG, SignalKind.USAGE, InputFormat.NDJSON, input), in, rejects);
      if (!summary.clean()) {
        throw new IllegalStateException("ingest rejected lines: " + rejects.kept());
      }
      UsageCopyTimes t = store.signals().usage().copyTimes();
      if (t.batches() > 0) {
        breakdown.add(String.format(Locale.ROOT, "writer phases over %,d batches of %,d (wall seconds; commits not"
            + " included): encode %.1f s, COPY %.1f s, INSERT ... SELECT %.1f s, total %.1f s", t.batches(), batch,
            t.encodeNanos() / 1e9, t.copyNanos() / 1e9, t.insertNanos() / 1e9, t.totalNanos() / 1e9));
        breakdown.add(String.format(Locale.ROOT, "per row: encode %.2f us, COPY %.2f us, INSERT ... SELECT %.2f us",
            t.encodeNanos() / 1e3 / t.rows(), t.copyNanos() / 1e3 / t.rows(), t.insertNanos() / 1e3 / t.rows()));
        breakdown.add(serverCpu(store));
        breakdown.add(walWritten(store, walBefore, t.rows()));
      }
      return summary;
    }
  }

  private static String walPosition(Store store) throws Exception {
    try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** WAL the server wrote since {@code before}: the whole server's, so other sessions' writes count too. */
  private static String walWritten(Store store, String before, long rows) throws Exception {
    try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '" + before + "')")) {
      rs.next();
      double bytes = rs.getDouble(1);
      return String.format(Locale.ROOT, "WAL written (whole server): %,.0f MB, %,.0f bytes per row", bytes / 1e6,
          bytes / rows);
    }
  }

  /** CPU seconds of this database's server backends (read from /proc: the server runs on this machine). */
  private static String serverCpu(Store store) throws Exception {
    List<Long> pids = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
      while (rs.next()) {
        pids.add(rs.getLong(1));
      }
    }
    double ticks = 0;
    for (long pid : pids) {
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      if (!Files.isReadable(stat)) {
        return "server CPU: not readable (is PostgreSQL on another machine?)";
      }
      // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the line.
      String line = Files.readString(stat);
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
      ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
    return String.format(Locale.ROOT, "server CPU: %.1f s in %d backends of this database (at 100 ticks/s)", ticks / 100,
        pids.size());
  }

  /** Times the aggregate queries scoring runs, on the ingested store. */
  private void queries(StoreConfig config) throws Exception {
    try (Store store = Store.open(config, Map.of())) {
      LocalDate asOf = FIRST_DAY.plusDays(days);
      time("usage by account, last 30 days", () -> {
        LongAdder rows = new LongAdder();
        store.signals().usage().usageByAccount(ORG, DateWindow.before(asOf, 30), u -> rows.increment());
        return rows.sum();
      });
      time("usage series, 3 x 30 days", () -> {
        LongAdder rows = new LongAdder();
        List<DateWindow> periods = List.of(DateWindow.before(asOf, 30), DateWindow.before(asOf.minusDays(30), 30),
            DateWindow.before(asOf.minusDays(60), 30));
        store.signals().usage().usageSeries(ORG, periods, (UsagePeriod p) -> rows.increment());
        return rows.sum();
      });
      time("milestones by account", () -> {
        LongAdder rows = new LongAdder();
        store.signals().usage().milestonesByAccount(ORG, asOf, m -> rows.increment());
        return rows.sum();
      });
    }
  }

  private interface Query {
    long rows() throws Exception;
  }

  private static void time(String name, Query query) throws Exception {
    long started = System.nanoTime();
    long rows = query.rows();
    System.out.printf(Locale.ROOT, "query %-32s %,8d rows in %.1f s%n", name, rows, (System.nanoTime() - started) / 1e9);
  }

  /** The cached input, written on first use: events in time order, random accounts, users and features. */
  private Path inputFile() throws IOException {
    Path file = dir.resolve("bellwether-ingest-bench-" + events + "-" + accounts + "-" + days + ".ndjson");
    if (Files.exists(file)) {
      return file;
    }
    System.out.printf(Locale.ROOT, "writing %,d events to %s (once)%n", events, file);
    Path partial = dir.resolve(file.getFileName() + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      writeEvents(out);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /** The events, one JSON line each: in time order, random accounts, users and features, sequential ids. */
  private void writeEvents(Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    Instant start = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    long spanSeconds = days * 86_400L;
    StringBuilder line = new StringBuilder(200);
    for (long i = 0; i < events; i++) {
      int account = random.nextInt(accounts);
      Instant at = start.plusSeconds(i * spanSeconds / events);
      line.setLength(0);
      line.append("{\"event_id\":\"evt-").append(1_000_000_000_000L + i)
          .append("\",\"account_id\":\"001BENCH").append(1_000_000_000L + account)
          .append("\",\"user_id\":\"usr-").append(account).append('-').append(random.nextInt(USERS_PER_ACCOUNT))
          .append("\",\"feature\":\"").append(FEATURES[random.nextInt(FEATURES.length)])
          .append("\",\"occurred_at\":\"").append(at).append("\"}\n");
      out.append(line);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Samples heap use every 20 ms and keeps the peak. */
  private static final class HeapPeak {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::sample, "heap-peak");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peak() {
      return peak.get();
    }
  }

  /** Samples every thread's CPU time, keeping the last value of threads that end before the run does. */
  private static final class ThreadCpu {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> nanos = new HashMap<>();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::sample, "thread-cpu");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      while (running) {
        snapshot();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private synchronized void snapshot() {
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          names.put(info.getThreadId(), info.getThreadName());
          nanos.put(info.getThreadId(), cpu);
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
      snapshot();
    }

    synchronized void print() {
      Map<String, Long> byName = new HashMap<>();
      nanos.forEach((id, cpu) -> byName.merge(names.get(id).replaceAll("-?\\d+$", "-N"), cpu, Long::sum));
      byName.entrySet().stream().filter(e -> e.getValue() > 200_000_000L)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %6.1f s%n", e.getKey(), e.getValue() / 1e9));
    }
  }
}
