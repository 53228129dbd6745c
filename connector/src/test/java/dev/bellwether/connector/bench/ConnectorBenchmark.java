package dev.bellwether.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.AuthMethod;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * `scripts/bench connector [N]`: reads and upserts N Accounts through the connector, on the path
 * it picks by volume (Bulk API 2.0) and on the REST paths, then has jsforce do the same Bulk reads
 * and writes against the same devorg. Prints API requests used against the minimum and records/s.
 * Asserts nothing.
 */
public final class ConnectorBenchmark {
  private static final String FIELDS_NOTE = "Id, Name, Industry, AnnualRevenue, NumberOfEmployees, Bench_Key__c, SystemModstamp";
  private final List<String[]> rows = new ArrayList<>();
  private final BenchDevOrg devorg;
  private final int n;

  private ConnectorBenchmark(BenchDevOrg devorg, int n) {
    this.devorg = devorg;
    this.n = n;
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (BenchDevOrg devorg = BenchDevOrg.start(System.getProperty("bench.devorg.classpath"))) {
      new ConnectorBenchmark(devorg, n).run();
    }
  }

  private SalesforceConnector connector(int bulkThreshold) throws Exception {
    SalesforceConfig config = SalesforceConfig.builder()
        .loginUrl(URI.create(devorg.url()))
        .auth(new AuthSettings(AuthMethod.PASSWORD, "bellwether-cli", null, "admin@bellwether.devorg",
            SecretRef.parse("env:BENCH_PASSWORD"), null, null))
        .budget(new BudgetSettings(1.0, 4))
        .bulkThreshold(bulkThreshold)
        .build();
    return SalesforceConnectors.create(config, Map.of("BENCH_PASSWORD", "bellwether"), Clock.systemUTC());
  }

  private void run() throws Exception {
    long readMinPages = (n + 1999) / 2000;
    long writeMinCalls = (n + 199) / 200;
    try (SalesforceConnector bulk = connector(2000); SalesforceConnector rest = connector(Integer.MAX_VALUE)) {
      // A warm-up round (devorg's and this JVM's JIT) that creates the records; the measured round
      // upserts the same keys again, as jsforce's measured round does.
      upsert(bulk, "K-");
      read(bulk);
      measure("connector", "upsert, Bulk 2.0 ingest job", "1 job (" + writeMinCalls + " by collections)",
          writeMinCalls, () -> upsert(bulk, "K-"));
      measure("connector", "read, Bulk 2.0 query job", "1 job (" + readMinPages + " pages)", readMinPages,
          () -> read(bulk));
      measure("connector", "upsert, REST collections (200/call)", String.valueOf(writeMinCalls), writeMinCalls,
          () -> upsert(rest, "K-"));
      measure("connector", "read, SOQL paging (2,000/page)", String.valueOf(readMinPages), readMinPages,
          () -> read(rest));
    }
    jsforce(readMinPages, writeMinCalls);
    print();
  }

  private long upsert(SalesforceConnector c, String prefix) throws Exception {
    List<CrmRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Bench_Key__c", prefix + i);
      f.put("Name", "Connector Bench " + i);
      f.put("Industry", "Technology");
      f.put("AnnualRevenue", BigDecimal.valueOf(1000 + i));
      f.put("NumberOfEmployees", (long) (i % 5000));
      records.add(CrmRecord.of("Account", f));
    }
    List<WriteResult> results = c.write(WriteBatch.upsert("Account", "Bench_Key__c", records));
    long ok = results.stream().filter(WriteResult::success).count();
    if (ok != n) {
      throw new IllegalStateException((n - ok) + " records failed: " + results.stream()
          .filter(r -> !r.success()).findFirst().orElseThrow());
    }
    return ok;
  }

  private long read(SalesforceConnector c) throws Exception {
    long count = 0;
    ReadRequest req = new ReadRequest("Account", List.of("Name", "Industry", "AnnualRevenue",
        "NumberOfEmployees", "Bench_Key__c"));
    try (RecordStream s = c.firstLoad(req)) {
      for (Optional<RecordPage> p = s.nextPage(); p.isPresent(); p = s.nextPage()) {
        count += p.get().size();
      }
    }
    return count;
  }

  private interface Step {
    long run() throws Exception;
  }

  private void measure(String client, String step, String minimum, long restMinimum, Step work) throws Exception {
    long before = devorg.apiUsed();
    long t0 = System.nanoTime();
    long records = work.run();
    double secs = (System.nanoTime() - t0) / 1e9;
    long calls = devorg.apiUsed() - before;
    row(client, step, records, calls, minimum, restMinimum, secs);
  }

  private void row(String client, String step, long records, long calls, String minimum, long restMinimum,
      double secs) {
    rows.add(new String[] {client, step, String.format(Locale.ROOT, "%,d", records), String.valueOf(calls),
        minimum, String.format(Locale.ROOT, "%.2f", (double) calls / restMinimum),
        String.format(Locale.ROOT, "%.2f", secs), String.format(Locale.ROOT, "%,.0f", records / secs)});
    System.err.println(String.join(" | ", rows.get(rows.size() - 1)));
  }

  /** jsforce 3 Bulk 2.0 query and upsert of the same shape, through the pinned Node 22. */
  private void jsforce(long readMinPages, long writeMinCalls) throws Exception {
    String node = System.getProperty("bench.node");
    String script = System.getProperty("bench.jsforce.script");
    if (node == null || node.isBlank()) {
      System.err.println("jsforce: skipped (no -Dbench.node; run through scripts/bench connector)");
      return;
    }
    ProcessBuilder pb = new ProcessBuilder(node, script, devorg.url(), String.valueOf(n)).redirectErrorStream(false);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        JsonNode r = json.readTree(line);
        boolean read = r.get("step").asText().equals("read");
        row("jsforce", read ? "read, Bulk 2.0 query (bulk2.query)" : "upsert, Bulk 2.0 ingest (loadAndWaitForResults)",
            r.get("records").asLong(), r.get("calls").asLong(),
            read ? "1 job (" + readMinPages + " pages)" : "1 job (" + writeMinCalls + " by collections)",
            read ? readMinPages : writeMinCalls, r.get("seconds").asDouble());
      }
    }
    if (p.waitFor() != 0) {
      System.err.println("jsforce: exited with " + p.exitValue());
    }
  }

  private void print() {
    System.out.printf(Locale.ROOT, "%nconnector benchmark: %,d Accounts (%s), devorg in its own JVM%n", n, FIELDS_NOTE);
    String[] head = {"client", "step", "records", "API calls", "minimum", "calls / REST minimum", "seconds", "records/s"};
    int[] w = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      w[i] = head[i].length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    line(head, w);
    StringBuilder sep = new StringBuilder();
    for (int x : w) {
      sep.append("|").append("-".repeat(x + 2));
    }
    System.out.println(sep.append("|"));
    rows.forEach(r -> line(r, w));
  }

  private static void line(String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append("| ").append(String.format(Locale.ROOT, "%-" + w[i] + "s", cells[i])).append(" ");
    }
    System.out.println(b.append("|"));
  }
}
