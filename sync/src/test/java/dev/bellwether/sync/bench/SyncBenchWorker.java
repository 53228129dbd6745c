package dev.bellwether.sync.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.connector.salesforce.config.AuthMethod;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.sync.inbound.InboundRound;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.inbound.InboundSettings;
import dev.bellwether.sync.inbound.InboundStore;
import dev.bellwether.sync.inbound.InboundSyncs;
import dev.bellwether.sync.inbound.ObjectFailure;
import dev.bellwether.sync.inbound.PageListener;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.MappingsLoader;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sync side of `scripts/bench sync`, in its own JVM so that its heap figures are the sync's
 * alone: the shipped mappings, the Salesforce connector against the benchmark's devorg, and the
 * embedded H2 store in a data directory, wired as the CLI wires them. It keeps one
 * {@link InboundSyncs} for its life, as a polling service does, and runs one pass per "pass" line
 * on stdin, answering one JSON line on stdout (logs go to stderr).
 */
public final class SyncBenchWorker {
  private static final String PASSWORD_ENV = "BENCH_DEVORG_PASSWORD";

  private SyncBenchWorker() {
  }

  /** Arguments: devorg's URL, the data directory and the poll overlap (ISO-8601, e.g. PT5M). */
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    HeapPeak heap = new HeapPeak();
    Map<String, String> env = Map.of(PASSWORD_ENV, "bellwether");
    SalesforceConfig config = SalesforceConfig.builder()
        .loginUrl(URI.create(args[0]))
        .apiVersion("64.0")
        .auth(new AuthSettings(AuthMethod.PASSWORD, "bellwether-cli", null, "admin@bellwether.devorg",
            SecretRef.parse("env:" + PASSWORD_ENV), null, null))
        .build();
    ObjectMapper json = new ObjectMapper();
    try (Store store = Store.open(StoreConfig.embedded(Path.of(args[1])), env);
        SalesforceConnector crm = SalesforceConnectors.create(config, env, Clock.systemUTC())) {
      String orgId = crm.orgId();
      Mappings mappings = inOrg(MappingsLoader.defaults(), crm);
      InboundSettings d = InboundSettings.defaults();
      InboundSettings settings = new InboundSettings(d.pollInterval(), Duration.parse(args[2]), d.safetyLag(),
          d.deleteBatch());
      InboundSyncs syncs = new InboundSyncs(orgId, mappings, crm, InboundStore.of(store, "bench"), settings,
          PageListener.NONE);
      out.println(json.writeValueAsString(json.createObjectNode().put("ready", true)
          .put("objects", syncs.syncs().size()).put("store", store.describe())));
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
        if (!line.equals("pass")) {
          throw new IllegalArgumentException("unknown command " + line + " (pass, quit)");
        }
        System.gc(); // so that the phase's figures do not carry the previous phase's garbage
        heap.reset();
        long cpuBefore = cpuNanos();
        long started = System.nanoTime();
        InboundRound round = syncs.runOnce();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
        ObjectNode report = report(json, round, seconds, heap, store, orgId).put("cpuSeconds", cpuSeconds);
        out.println(json.writeValueAsString(report));
      }
    }
  }

  /**
   * The shipped mappings, less the objects the org does not have (custom objects not installed
   * yet): those would fail on every pass and say nothing about sync. The describe is cached, so the
   * first load does not pay for it again.
   */
  private static Mappings inOrg(Mappings shipped, SalesforceConnector crm) throws CrmException {
    List<ObjectMapping> present = new ArrayList<>();
    for (ObjectMapping m : shipped.objects()) {
      try {
        crm.describe(m.object());
        present.add(m);
      } catch (CrmException e) {
        if (e.kind() == CrmException.Kind.INTERRUPTED) {
          throw e;
        }
        System.err.println("bench: " + m.object() + " is not in the org (" + e.getMessage() + "); left out");
      }
    }
    return new Mappings(present);
  }

  /** CPU time of this JVM, every thread and the collector's included. */
  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static ObjectNode report(ObjectMapper json, InboundRound round, double seconds, HeapPeak heap,
      Store store, String orgId) throws SQLException {
    ObjectNode r = json.createObjectNode();
    long read = 0;
    long applied = 0;
    long deleted = 0;
    ArrayNode objects = r.putArray("runs");
    for (InboundRun run : round.runs()) {
      read += run.recordsRead();
      applied += run.recordsApplied();
      deleted += run.recordsDeleted();
      objects.addObject().put("object", run.object()).put("mode", run.mode().name()).put("path", run.readPath())
          .put("read", run.recordsRead()).put("applied", run.recordsApplied()).put("deleted", run.recordsDeleted())
          .put("apiCalls", run.apiCalls()).put("seconds", run.duration().toMillis() / 1000.0)
          .put("stored", store.records().count(orgId, run.object()));
    }
    ArrayNode failures = r.putArray("failures");
    for (ObjectFailure f : round.failures()) {
      failures.addObject().put("object", f.object()).put("error", String.valueOf(f.error().getMessage()));
    }
    return r.put("read", read).put("applied", applied).put("deleted", deleted).put("seconds", seconds)
        .put("apiCalls", round.apiCalls()).put("peakHeapBytes", heap.peakUsed())
        .put("peakLiveBytes", heap.peakLive()).put("collections", heap.collections())
        .put("maxHeapBytes", Runtime.getRuntime().maxMemory());
  }
}
