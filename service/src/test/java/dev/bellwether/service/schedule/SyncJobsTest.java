package dev.bellwether.service.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.PageLogEntry;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The scheduled sync jobs in one JVM against devorg over HTTP, on H2 and on PostgreSQL. */
class SyncJobsTest {

  @RegisterExtension
  static final SharedDevOrg DEVORG = new SharedDevOrg();

  private static final String ORG = "00D000000000001EAA";
  private static final String HEALTH = "CS_Health__c";
  private static final String MISSING = "No_Such_Object__c";
  /** The object the CRM does not know comes first: its failures must not hold back the ones after it. */
  private static final Mappings MAPPINGS = new Mappings(List.of(
      new ObjectMapping(MISSING, null, List.of(new FieldMapping("Name", Direction.INBOUND))),
      new ObjectMapping("Account", null, List.of(new FieldMapping("Name", Direction.INBOUND),
          new FieldMapping("Industry", Direction.INBOUND))),
      new ObjectMapping("Contact", null, List.of(new FieldMapping("LastName", Direction.INBOUND),
          new FieldMapping("Email", Direction.INBOUND))),
      new ObjectMapping(HEALTH, "External_Id__c", List.of(new FieldMapping("External_Id__c", Direction.BOTH),
          new FieldMapping("Name", Direction.OUTBOUND), new FieldMapping("Account__c", Direction.OUTBOUND),
          new FieldMapping("Score__c", Direction.OUTBOUND), new FieldMapping("Band__c", Direction.OUTBOUND)))));

  private static String accountId;

  @BeforeAll
  static void seed() throws Exception {
    try (SalesforceConnector crm = ConnectorFixture.connect(DEVORG.get())) {
      List<CrmRecord> accounts = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        accounts.add(CrmRecord.of("Account", Map.of("Name", "Scheduled " + i, "Industry", "Banking")));
      }
      List<WriteResult> written = crm.write(WriteBatch.insert("Account", accounts));
      accountId = written.get(0).id();
      List<CrmRecord> contacts = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        contacts.add(CrmRecord.of("Contact", Map.of("LastName", "Planner " + i, "Email", "p" + i + "@example.com")));
      }
      assertTrue(crm.write(WriteBatch.insert("Contact", contacts)).stream().allMatch(WriteResult::success));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void jobsPollEveryObjectDrainTheOutboxAndAFailingObjectIsRecordedWithoutBlockingTheOthers(TestDatabase db)
      throws Exception {
    Store store = db.store();
    String prefix = "sched-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    enqueueHealth(store, prefix, 5);
    Recorder recorder = new Recorder();
    ScheduleSettings settings = ScheduleSettings.defaults("jobs-test").withPollInterval(Duration.ofMillis(500))
        .withDrainInterval(Duration.ofMillis(500)).withHeartbeat(Duration.ofSeconds(1));
    try (SalesforceConnector crm = ConnectorFixture.connect(DEVORG.get())) {
      OrgSyncJobs jobs = new OrgSyncJobs(ORG, MAPPINGS, crm, store, "jobs-test", Clock.systemUTC(), recorder);
      SyncScheduler scheduler = new SyncScheduler(store, settings, List.of(jobs),
          new Housekeeping(store, settings.retention(), Clock.systemUTC()), recorder);
      scheduler.start();
      try {
        Eventually.await("every object polled twice, the missing one failed twice, the outbox drained",
            Duration.ofSeconds(60), () -> recorder.inbound("Account") >= 2 && recorder.inbound("Contact") >= 2
                && recorder.inbound(HEALTH) >= 2 && recorder.failures(MISSING) >= 2
                && store.outbox().counts(ORG, HEALTH).equals(new OutboxCounts(0, 5, 0)));
      } finally {
        scheduler.stop();
      }
    }

    Org org = DEVORG.org();
    for (String object : List.of("Account", "Contact")) {
      assertEquals(org.store().count(org.schema().object(object).orElseThrow()), store.records().count(ORG, object),
          object + " in the store");
      ObjectStatus status = store.objectStatus().find(ORG, object).orElseThrow();
      assertEquals(0, status.errors(), object + " status");
      assertNull(status.lastError(), object + " status");
      List<PageLogEntry> pages = store.pageLog().list(ORG, object);
      assertEquals("FIRST_LOAD", pages.get(0).mode(), object + " starts with a first load");
      assertTrue(pages.stream().anyMatch(p -> p.mode().equals("INCREMENTAL")), object + " is polled again");
      assertTrue(pages.stream().allMatch(p -> p.instanceId().equals("jobs-test")), object + " page log instance");
    }
    ObjectStatus missing = store.objectStatus().find(ORG, MISSING).orElseThrow();
    assertEquals(1, missing.errors());
    assertTrue(missing.lastError().contains(MISSING), missing.lastError());
    assertNull(missing.lastSuccessAt(), "never succeeded");

    Set<String> healthInCrm = new HashSet<>();
    org.store().scan(org.schema().object(HEALTH).orElseThrow(), false).forEach(r -> {
      Object ext = r.get("External_Id__c");
      if (ext != null && ext.toString().startsWith(prefix)) {
        assertTrue(healthInCrm.add(ext.toString()), "duplicated in the CRM: " + ext);
      }
    });
    assertEquals(5, healthInCrm.size(), "drained snapshots in devorg");
    assertEquals(Set.of(SyncTasks.INBOUND + " " + ORG + "/" + MISSING, SyncTasks.INBOUND + " " + ORG + "/Account",
        SyncTasks.INBOUND + " " + ORG + "/Contact", SyncTasks.INBOUND + " " + ORG + "/" + HEALTH,
        SyncTasks.OUTBOUND + " " + ORG + "/" + HEALTH, SyncTasks.HOUSEKEEPING + " recurring"), scheduledTasks(store),
        "one task instance per org and object, one housekeeping for all");
  }

  private static void enqueueHealth(Store store, String prefix, int count) throws Exception {
    store.transactions().inTransaction(tx -> {
      for (int i = 0; i < count; i++) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Name", "Health " + i);
        fields.put("Account__c", accountId);
        fields.put("Score__c", new BigDecimal(50 + i));
        fields.put("Band__c", "Green");
        store.outbox().enqueue(tx, OutboxEntry.change(ORG, HEALTH, prefix + i, fields, Clock.systemUTC().instant()));
      }
      return null;
    });
  }

  private static Set<String> scheduledTasks(Store store) throws Exception {
    Set<String> tasks = new HashSet<>();
    try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT task_name, task_instance FROM scheduled_tasks")) {
      while (rs.next()) {
        tasks.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return tasks;
  }

  /** Counts what the jobs report, per object; called from the scheduler's threads. */
  private static final class Recorder implements JobListener {
    private final Map<String, AtomicInteger> inbound = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    @Override
    public void inboundRan(String orgId, InboundRun run, Long lagSeconds) {
      inbound.computeIfAbsent(run.object(), o -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void inboundFailed(String orgId, String object, Exception error) {
      failures.computeIfAbsent(object, o -> new AtomicInteger()).incrementAndGet();
    }

    int inbound(String object) {
      return inbound.getOrDefault(object, new AtomicInteger()).get();
    }

    int failures(String object) {
      return failures.getOrDefault(object, new AtomicInteger()).get();
    }
  }
}
