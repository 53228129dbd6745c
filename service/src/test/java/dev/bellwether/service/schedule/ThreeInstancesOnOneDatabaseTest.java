package dev.bellwether.service.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.sync.inbound.InboundSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out, end to end: three {@code bellwether sync} processes against one PostgreSQL database and
 * one devorg. One is killed with kill -9 in the middle of a job; the others take its jobs over. The
 * page log then proves every page was applied exactly once. PostgreSQL only (the embedded H2 store
 * is one process's); skipped, loudly, when no PostgreSQL server answers.
 */
class ThreeInstancesOnOneDatabaseTest {
  private static final String ORG = "00D000000000001EAA";
  private static final String HEALTH = "CS_Health__c";
  /** Enough records for first loads of several REST pages (2,000 a page below the Bulk threshold set below). */
  private static final Map<String, Integer> SEEDED = Map.of("Account", 4_100, "Contact", 2_100, "Case", 2_050);
  private static final List<String> INBOUND = List.of("Account", "Contact", "Case", HEALTH);
  private static final int SNAPSHOTS = 20;

  @TempDir
  Path dir;

  @Test
  @Timeout(300)
  void threeInstancesApplyEveryPageOnceAndTakeOverTheJobsOfOneKilledMidRun() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      String url = db.config().jdbcUrl(); // aborts (skipped, with a WARN line) here when no PostgreSQL answers
      try (TestDevOrg devorg = TestDevOrg.start(); SalesforceConnector crm = ConnectorFixture.connect(devorg)) {
        run(db.store(), url, devorg, crm);
      }
    }
  }

  private void run(Store store, String url, TestDevOrg devorg, SalesforceConnector crm) throws Exception {
    Phases phases = new Phases();
    Map<String, List<String>> ids = seed(crm);
    phases.done("seeded devorg");
    String accountId = ids.get("Account").get(0);
    enqueueSnapshots(store, accountId);
    // Every API request takes 100 ms more, so jobs take long enough to be caught running.
    devorg.faults("latency=100ms");
    Path config = writeConfig(devorg);
    List<String> args = List.of("--config", config.toString(), "--db", url, "--poll-interval", "2s",
        "--drain-interval", "1s", "--heartbeat", "1s", "--threads", "2", "--admin-port", "0");

    List<SyncInstance> instances = new ArrayList<>();
    try {
      for (String name : List.of("i1", "i2", "i3")) {
        instances.add(SyncInstance.start(name, dir, args));
      }
      SyncInstance killed = instances.get(0);
      phases.done("started 3 instances");
      Set<String> held = killWhileRunning(store, killed, instances);
      Instant killedAt = Instant.now();
      phases.done("killed i1 holding " + held);
      assertFalse(held.isEmpty(), "i1 was killed holding no job" + tails(instances));
      Eventually.await(() -> "the jobs i1 held when killed (" + held + ") run again elsewhere" + tails(instances),
          Duration.ofSeconds(90), () -> allSucceededSince(store, held, killedAt));
      phases.done("i1's jobs ran elsewhere");

      Eventually.await(() -> "every first load done" + tails(instances), Duration.ofSeconds(120), () -> {
        for (String object : INBOUND) {
          var mark = store.watermarks().find(ORG, object);
          if (mark.isEmpty() || !mark.get().firstLoadDone()) {
            return false;
          }
        }
        return true;
      });
      phases.done("first loads done");
      Map<String, Map<String, Object>> expected = editInCrm(crm, ids);
      Eventually.await(() -> "CRM edits in the store" + tails(instances), Duration.ofSeconds(90),
          () -> mismatches(store, expected).isEmpty());
      phases.done("CRM edits in the store");
      Map<String, Integer> pollsSoFar = pollCounts(store);
      Eventually.await(() -> "three more polls of each object" + tails(instances), Duration.ofSeconds(90),
          () -> pollCounts(store).entrySet().stream().allMatch(e -> e.getValue() >= pollsSoFar.get(e.getKey()) + 3));
      Eventually.await(() -> "the outbox drained" + tails(instances), Duration.ofSeconds(60),
          () -> store.outbox().counts(ORG, HEALTH).equals(new OutboxCounts(0, SNAPSHOTS, 0)));
      phases.done("three more polls each, outbox drained");

      assertAdminApiServesStatus(store, instances.get(1));
      phases.done("i2's admin API answered the status");

      for (SyncInstance survivor : instances.subList(1, 3)) {
        assertTrue(survivor.stop(60), survivor.name() + " stops on SIGTERM" + survivor.tail());
        assertTrue(survivor.output().contains("sync stopped: " + survivor.name()), survivor.tail());
      }
      phases.done("i2 and i3 stopped by SIGTERM");
      assertEquals(List.of(), mismatches(store, expected), "store equals devorg for the edited records");
      assertPageLogProvesEachPageAppliedOnce(store, killed.name());
      assertSnapshotsOnceEachInCrm(devorg.org());
    } finally {
      for (SyncInstance instance : instances) {
        instance.close();
      }
    }
  }

  /** Continuous sync serves the admin API beside the scheduler: its status names each object's stored count. */
  private static void assertAdminApiServesStatus(Store store, SyncInstance instance) throws Exception {
    Matcher m = Pattern.compile("admin API on (\\S+)admin/").matcher(instance.output());
    assertTrue(m.find(), "continuous sync prints where its admin API listens" + instance.tail());
    java.net.http.HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(m.group(1) + "admin/sync/status"))
            .header("Authorization", "Bearer " + SyncInstance.ADMIN_TOKEN).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    JsonNode objects = new ObjectMapper()
        .readTree(response.body()).path("objects");
    boolean found = false;
    for (JsonNode object : objects) {
      if ("Account".equals(object.path("object").asText())) {
        assertEquals(store.records().count(ORG, "Account"), object.path("records").asLong(), response.body());
        found = true;
      }
    }
    assertTrue(found, "the status lists Account: " + response.body());
  }

  private static void assertPageLogProvesEachPageAppliedOnce(Store store, String killed) throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> pagesByInstance = new TreeMap<>();
    StringBuilder summary = new StringBuilder();
    for (String object : INBOUND) {
      PageLogRuns log = new PageLogRuns(object, store.pageLog().list(ORG, object));
      problems.addAll(log.problems(killed, InboundSettings.defaults().overlap()));
      log.runs().forEach(r -> pagesByInstance.merge(r.instance(), r.pages().size(), Integer::sum));
      List<PageLogRuns.Run> loads = log.firstLoads();
      PageLogRuns.Run load = loads.get(loads.size() - 1);
      if (SEEDED.containsKey(object)) {
        assertEquals(SEEDED.get(object).longValue(), load.records(), object + ": the first load read every record");
        assertTrue(load.pages().size() >= 2, object + ": a first load of several pages: " + load);
      }
      summary.append(object).append(": ").append(loads.size()).append(" first load runs (").append(load)
          .append("), ").append(log.polls().size()).append(" polls\n");
    }
    System.out.println("page log by instance " + pagesByInstance + "\n" + summary);
    assertEquals(List.of(), problems, "page log");
    assertTrue(pagesByInstance.keySet().stream().filter(i -> !i.equals(killed)).count() >= 2,
        "the surviving instances both applied pages: " + pagesByInstance);
  }

  /** Waits until the instance runs an inbound job (mid-way through a first load if it gets one), then kills it. */
  private static Set<String> killWhileRunning(Store store, SyncInstance victim, List<SyncInstance> all)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      Set<String> held = heldBy(store, victim.name());
      if (held.stream().anyMatch(job -> job.startsWith(SyncTasks.INBOUND))) {
        victim.kill();
        return heldBy(store, victim.name());
      }
      Thread.sleep(10);
    }
    throw new AssertionError("i1 never ran an inbound job" + tails(all));
  }

  /** The jobs an instance holds (picked, running) as "task instance". */
  private static Set<String> heldBy(Store store, String instance) throws Exception {
    Set<String> held = new TreeSet<>();
    try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT task_name, task_instance FROM scheduled_tasks WHERE picked AND picked_by = ?")) {
      ps.setString(1, instance);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          held.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
    }
    return held;
  }

  private static boolean allSucceededSince(Store store, Set<String> jobs, Instant since) throws Exception {
    for (String job : jobs) {
      if (!succeededSince(store, job, since)) {
        return false;
      }
    }
    return true;
  }

  private static boolean succeededSince(Store store, String job, Instant since) throws Exception {
    String[] parts = job.split(" ", 2);
    try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT last_success FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")) {
      ps.setString(1, parts[0]);
      ps.setString(2, parts[1]);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getTimestamp(1) != null && rs.getTimestamp(1).toInstant().isAfter(since);
      }
    }
  }

  private static Map<String, Integer> pollCounts(Store store) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (String object : INBOUND) {
      counts.put(object, new PageLogRuns(object, store.pageLog().list(ORG, object)).polls().size());
    }
    return counts;
  }

  private static Map<String, List<String>> seed(SalesforceConnector crm) throws Exception {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    ids.put("Account", insert(crm, "Account", SEEDED.get("Account"),
        i -> Map.of("Name", "Scale " + i, "Industry", "Retail", "NumberOfEmployees", 10L + i)));
    ids.put("Contact", insert(crm, "Contact", SEEDED.get("Contact"),
        i -> Map.of("LastName", "Sharer " + i, "Email", "sharer" + i + "@example.com")));
    ids.put("Case", insert(crm, "Case", SEEDED.get("Case"), i -> Map.of("Subject", "Case " + i, "Status", "New")));
    return ids;
  }

  private static List<String> insert(SalesforceConnector crm, String object, int count,
      IntFunction<Map<String, Object>> values) throws Exception {
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(CrmRecord.of(object, values.apply(i)));
    }
    List<WriteResult> results = crm.write(WriteBatch.insert(object, records));
    assertTrue(results.stream().allMatch(WriteResult::success), object + " seeded");
    return results.stream().map(WriteResult::id).toList();
  }

  /** Edits, creates and deletes in the CRM; returns the expected stored values by "object id" (null: deleted). */
  private static Map<String, Map<String, Object>> editInCrm(SalesforceConnector crm, Map<String, List<String>> ids)
      throws Exception {
    Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
    List<CrmRecord> accounts = new ArrayList<>();
    for (String id : ids.get("Account").subList(0, 40)) {
      accounts.add(new CrmRecord("Account", id, Map.of("Name", "Renamed " + id)));
      expected.put("Account " + id, Map.of("Name", "Renamed " + id));
    }
    List<CrmRecord> contacts = new ArrayList<>();
    for (String id : ids.get("Contact").subList(0, 25)) {
      contacts.add(new CrmRecord("Contact", id, Map.of("Email", "moved-" + id.toLowerCase() + "@example.com")));
      expected.put("Contact " + id, Map.of("Email", "moved-" + id.toLowerCase() + "@example.com"));
    }
    assertTrue(crm.write(WriteBatch.update("Account", accounts)).stream().allMatch(WriteResult::success));
    assertTrue(crm.write(WriteBatch.update("Contact", contacts)).stream().allMatch(WriteResult::success));
    List<String> created = insert(crm, "Case", 15, i -> Map.of("Subject", "Late case " + i, "Status", "Working"));
    for (int i = 0; i < created.size(); i++) {
      expected.put("Case " + created.get(i), Map.of("Subject", "Late case " + i, "Status", "Working"));
    }
    List<CrmRecord> deleted = ids.get("Contact").subList(100, 110).stream()
        .map(id -> new CrmRecord("Contact", id, Map.of())).toList();
    assertTrue(crm.write(WriteBatch.delete("Contact", deleted)).stream().allMatch(WriteResult::success));
    deleted.forEach(r -> expected.put("Contact " + r.id(), null));
    return expected;
  }

  private static List<String> mismatches(Store store, Map<String, Map<String, Object>> expected) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : expected.entrySet()) {
      String[] key = e.getKey().split(" ");
      StoredRecord stored = store.records().find(ORG, key[0], key[1]).orElse(null);
      if (stored == null) {
        wrong.add(e.getKey() + " missing");
      } else if (e.getValue() == null ? !stored.deleted()
          : stored.deleted() || e.getValue().entrySet().stream()
              .anyMatch(f -> !f.getValue().equals(stored.fields().get(f.getKey())))) {
        wrong.add(e.getKey() + " is " + stored.fields() + (stored.deleted() ? " (deleted)" : ""));
      }
    }
    return wrong;
  }

  private static void enqueueSnapshots(Store store, String accountId) throws Exception {
    store.transactions().inTransaction(tx -> {
      for (int i = 0; i < SNAPSHOTS; i++) {
        Map<String, Object> fields = Map.of("Name", "Health " + i, "Account__c", accountId,
            "Score__c", new BigDecimal(40 + i), "Band__c", "Yellow");
        store.outbox().enqueue(tx, OutboxEntry.change(ORG, HEALTH, "cluster-" + i, fields, Instant.now()));
      }
      return null;
    });
  }

  private static void assertSnapshotsOnceEachInCrm(Org org) {
    Map<Object, Long> byExternalId = org.store().scan(org.schema().object(HEALTH).orElseThrow(), false).stream()
        .filter(r -> r.get("External_Id__c") != null && r.get("External_Id__c").toString().startsWith("cluster-"))
        .collect(Collectors.groupingBy(r -> r.get("External_Id__c"), Collectors.counting()));
    assertEquals(SNAPSHOTS, byExternalId.size(), "every snapshot written");
    assertTrue(byExternalId.values().stream().allMatch(n -> n == 1), "no snapshot duplicated: " + byExternalId);
  }

  /** Bellwether's config: devorg with REST query pages below 20,000 records, and four mapped objects. */
  private Path writeConfig(TestDevOrg devorg) throws Exception {
    Path file = dir.resolve("bellwether.yaml");
    Files.writeString(file, """
        salesforce:
          loginUrl: %s
          auth:
            method: password
            clientId: bellwether-cli
            username: admin@bellwether.devorg
            password: env:BW_DEVORG_PASSWORD
          bulkThreshold: 20000
        mappings:
          Account:
            externalId: null
            fields:
              Name: inbound
              Industry: inbound
              NumberOfEmployees: inbound
          Contact:
            externalId: null
            fields:
              LastName: inbound
              Email: inbound
          Case:
            externalId: null
            fields:
              Subject: inbound
              Status: inbound
          CS_Health__c:
            externalId: External_Id__c
            fields:
              External_Id__c: both
              Name: outbound
              Account__c: outbound
              Score__c: outbound
              Band__c: outbound
        """.formatted(devorg.url()));
    return file;
  }

  /** Prints how long each step took: where the time of this long test goes. */
  private static final class Phases {
    private long last = System.nanoTime();

    void done(String what) {
      long now = System.nanoTime();
      System.out.printf("%-60s %6.1f s%n", what, (now - last) / 1e9);
      last = now;
    }
  }

  private static String tails(List<SyncInstance> instances) {
    return "\n" + instances.stream().map(SyncInstance::tail).collect(Collectors.joining());
  }
}
