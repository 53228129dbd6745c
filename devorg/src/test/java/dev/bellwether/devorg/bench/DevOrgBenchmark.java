package dev.bellwether.devorg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * `scripts/bench devorg`: starts devorg in its own JVM (-Xmx2g), then measures reads and
 * writes of Accounts over REST paging, composite collections and Bulk API 2.0, and how much
 * heap devorg keeps with one million stored records. Prints a table; asserts nothing.
 */
public final class DevOrgBenchmark {
  private static final String VERSION = "64.0";
  private final List<String[]> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int fillTo = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    new DevOrgBenchmark().run(records, fillTo);
  }

  private void run(int records, int fillTo) throws Exception {
    Path manifests = benchProject();
    Process devorg = startDevorg(manifests);
    try {
      String url = awaitReady(devorg);
      BenchClient c = new BenchClient(url, VERSION);
      c.login("admin@bellwether.devorg", "bellwether");
      WriteWorkloads writes = new WriteWorkloads(c);
      step(c, "upsert via composite collections (200/call)", records, () -> writes.compositeUpsert("C-", records));
      step(c, "upsert via Bulk 2.0 ingest job", records, () -> writes.bulkUpsert("B-", records));
      String soql = "SELECT Id, Name, Industry, AnnualRevenue, NumberOfEmployees, Bench_Key__c FROM Account WHERE Bench_Key__c LIKE 'C-%'";
      step(c, "read via REST query paging (2,000/page)", records, () -> c.queryAllPages(soql));
      step(c, "read via Bulk 2.0 query job", records, () -> writes.bulkQuery(soql));
      int stored = 2 * records + 1;
      int more = Math.max(0, fillTo - stored);
      step(c, "fill to " + fillTo + " stored records (Bulk insert)", more, () -> writes.bulkInsert("F-", more));
      step(c, "read via REST paging, " + fillTo + " stored", records, () -> c.queryAllPages(soql));
      JsonNode mem = c.memory(true);
      print(fillTo, mem);
    } finally {
      devorg.destroy();
      devorg.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** One measured workload; the devorg heap peak is reset before it. */
  private void step(BenchClient c, String name, long expected, Workload w) throws Exception {
    c.memory(true);
    c.resetPeak();
    long t0 = System.nanoTime();
    long n = w.run();
    double secs = (System.nanoTime() - t0) / 1e9;
    if (n != expected) {
      throw new IllegalStateException(name + ": expected " + expected + " records, got " + n);
    }
    long peak = c.memory(false).get("heapPeak").asLong();
    rows.add(new String[] {name, String.format(Locale.ROOT, "%,d", n), String.format(Locale.ROOT, "%.2f", secs),
        String.format(Locale.ROOT, "%,.0f", n / secs), String.format(Locale.ROOT, "%,d", peak >> 20)});
    System.err.println("done: " + name);
  }

  private void print(int stored, JsonNode mem) {
    String fmt = "| %-48s | %9s | %7s | %9s | %14s |%n";
    System.out.printf(fmt, "devorg workload (Accounts)", "records", "seconds", "records/s", "peak heap MB");
    System.out.printf(fmt, "-".repeat(48), "-".repeat(9), "-".repeat(7), "-".repeat(9), "-".repeat(14));
    for (String[] r : rows) {
      System.out.printf(fmt, (Object[]) r);
    }
    System.out.printf(Locale.ROOT, "%ndevorg heap retained with %,d stored records (after full GC): %,d MB of %,d MB max%n",
        stored, mem.get("heapUsed").asLong() >> 20, mem.get("heapMax").asLong() >> 20);
    System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
  }

  /** A workload returning how many records it moved. */
  interface Workload {
    long run() throws Exception;
  }

  /** An SFDX project adding the benchmark's external id field to Account. */
  private static Path benchProject() throws Exception {
    Path dir = Files.createTempDirectory("bench-manifests");
    Files.writeString(dir.resolve("sfdx-project.json"),
        "{\"packageDirectories\":[{\"path\":\"force-app\",\"default\":true}],\"sourceApiVersion\":\"64.0\"}");
    Path fields = Files.createDirectories(dir.resolve("force-app/main/default/objects/Account/fields"));
    Files.writeString(fields.resolve("Bench_Key__c.field-meta.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
            <fullName>Bench_Key__c</fullName>
            <externalId>true</externalId>
            <label>Bench Key</label>
            <length>40</length>
            <required>false</required>
            <type>Text</type>
            <unique>true</unique>
        </CustomField>
        """);
    return dir;
  }

  private static Process startDevorg(Path manifests) throws Exception {
    String cp = System.getProperty("bench.devorg.classpath");
    if (cp == null) {
      throw new IllegalStateException("set -Dbench.devorg.classpath to devorg's runtime classpath");
    }
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", cp, "dev.bellwether.devorg.DevOrgMain", "--port", "0", "--manifests", manifests.toString());
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static String awaitReady(Process p) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder log = new StringBuilder();
    while ((line = r.readLine()) != null) {
      log.append(line).append('\n');
      if (line.startsWith("devorg ready at ")) {
        String url = line.substring("devorg ready at ".length()).trim();
        Thread drain = new Thread(() -> r.lines().forEach(l -> { }), "devorg-log");
        drain.setDaemon(true);
        drain.start();
        return url;
      }
    }
    throw new IllegalStateException("devorg stopped before it was ready:\n" + log);
  }
}
