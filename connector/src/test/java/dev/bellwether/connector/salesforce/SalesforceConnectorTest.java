package dev.bellwether.connector.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole adapter against devorg over real HTTP: path choice by volume, drift, deletions, writes. */
class SalesforceConnectorTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  static List<CrmRecord> accounts(String prefix, int n) {
    List<CrmRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Ext_Id__c", prefix + i);
      f.put("Name", "Acct " + prefix + i);
      f.put("NumberOfEmployees", (long) (i % 3000));
      f.put("AnnualRevenue", new BigDecimal("1000.50").add(BigDecimal.valueOf(i)));
      out.add(CrmRecord.of("Account", f));
    }
    return out;
  }

  static List<CrmRecord> readAll(RecordStream stream) throws CrmException {
    List<CrmRecord> all = new ArrayList<>();
    try (stream) {
      for (Optional<RecordPage> p = stream.nextPage(); p.isPresent(); p = stream.nextPage()) {
        all.addAll(p.get().records());
      }
    }
    return all;
  }

  static long apiUsed() {
    return devorg.org().apiUsage().used();
  }

  @Test
  void writePathFollowsVolumeAndUpsertsAreIdempotent() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      c.describe("Account"); // so the counts below are the writes' own
      for (int n : new int[] {150, 700, 2500}) {
        String prefix = "W" + n + "-";
        long before = apiUsed();
        List<WriteResult> first = c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts(prefix, n)));
        long calls = apiUsed() - before;
        assertEquals(n, first.size());
        assertTrue(first.stream().allMatch(r -> r.success() && r.created()), "all created for " + n);
        for (int i = 0; i < n; i++) {
          assertEquals(i, first.get(i).index());
        }
        if (n <= 200) {
          assertEquals(1, calls, "one SOAP upsert for " + n);
        } else if (n <= 2000) {
          assertEquals((n + 199) / 200, calls, "one collections request per 200 for " + n);
        } else {
          assertTrue(calls <= 8, "one Bulk ingest job (create, upload, close, polls, results) took " + calls);
        }
        List<WriteResult> again = c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts(prefix, n)));
        assertTrue(again.stream().allMatch(r -> r.success() && !r.created()), "second upsert updates " + n);
        assertEquals(first.stream().map(WriteResult::id).toList(), again.stream().map(WriteResult::id).toList());
      }
    }
  }

  @Test
  void validationFailuresComeBackPerRecordWithSalesforcesWords() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      for (int n : new int[] {10, 400, 2100}) {
        List<CrmRecord> batch = new ArrayList<>(accounts("V" + n + "-", n));
        Map<String, Object> tooLong = new LinkedHashMap<>(batch.get(3).fields());
        tooLong.put("Name", "x".repeat(300));
        batch.set(3, CrmRecord.of("Account", tooLong));
        Map<String, Object> noName = new LinkedHashMap<>(batch.get(7).fields());
        noName.put("Name", null);
        batch.set(7, CrmRecord.of("Account", noName));
        List<WriteResult> results = c.write(WriteBatch.upsert("Account", "Ext_Id__c", batch));
        assertEquals("STRING_TOO_LONG", results.get(3).errors().get(0).statusCode(), "n=" + n);
        assertEquals(List.of("Name"), results.get(3).errors().get(0).fields());
        assertFalse(results.get(3).retryable());
        assertEquals("REQUIRED_FIELD_MISSING", results.get(7).errors().get(0).statusCode(), "n=" + n);
        assertEquals(n - 2, results.stream().filter(WriteResult::success).count());
      }
    }
  }

  @Test
  void aFieldTheObjectLacksFailsOnlyItsRecords() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      List<CrmRecord> batch = new ArrayList<>(accounts("U-", 5));
      Map<String, Object> f = new LinkedHashMap<>(batch.get(2).fields());
      f.put("Gone__c", "x");
      batch.set(2, CrmRecord.of("Account", f));
      List<WriteResult> r = c.write(WriteBatch.upsert("Account", "Ext_Id__c", batch));
      assertEquals("INVALID_FIELD", r.get(2).errors().get(0).statusCode());
      assertEquals(List.of("Gone__c"), r.get(2).errors().get(0).fields());
      assertEquals(4, r.stream().filter(WriteResult::success).count());
    }
  }

  @Test
  void firstLoadReadsSmallObjectsByRestAndLargeOnesByBulk() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts("F-", 3000)));
      ReadRequest request = new ReadRequest("Account", List.of("Name", "Ext_Id__c", "AnnualRevenue", "Nope__c"));
      try (RecordStream s = c.firstLoad(request)) {
        assertEquals("bulk-query", s.path());
        assertEquals(List.of("Nope__c"), s.missingFields());
        assertEquals(List.of("Id", "Name", "Ext_Id__c", "AnnualRevenue", "SystemModstamp"), s.fields());
        List<CrmRecord> all = readAll(s);
        Set<String> ids = new HashSet<>();
        all.forEach(r -> ids.add(r.id()));
        assertEquals(all.size(), ids.size(), "every record once");
        assertEquals(devorg.org().store().count(devorg.org().schema().object("Account").orElseThrow()), all.size());
        CrmRecord f7 = all.stream().filter(r -> "F-7".equals(r.get("Ext_Id__c"))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1007.50"), ((BigDecimal) f7.get("AnnualRevenue")).setScale(2));
        assertTrue(f7.get("SystemModstamp") instanceof Instant);
      }
      try (RecordStream s = c.firstLoad(new ReadRequest("User", List.of("Username", "Email")))) {
        assertEquals("rest-query", s.path());
        assertFalse(readAll(s).isEmpty());
      }
    }
  }

  @Test
  void changesReadOnlyTheWindowBySoapAndSwitchToBulkForMassUpdates() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      Instant before = c.serverTime();
      Thread.sleep(5);
      c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts("CH-", 30)));
      Instant after = c.serverTime().plusMillis(1);
      ReadRequest req = new ReadRequest("Account", List.of("Name", "Ext_Id__c"));
      try (RecordStream s = c.changes(req, new TimeWindow(before, after))) {
        assertEquals("soap-query", s.path());
        List<CrmRecord> changed = readAll(s);
        assertEquals(30, changed.size());
        assertTrue(changed.stream().allMatch(r -> ((String) r.get("Ext_Id__c")).startsWith("CH-")));
      }
      Instant massFrom = c.serverTime();
      Thread.sleep(5);
      c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts("MASS-", 2600)));
      try (RecordStream s = c.changes(req, new TimeWindow(massFrom, c.serverTime().plusMillis(1)))) {
        assertEquals("bulk-query", s.path());
        assertEquals(2600, readAll(s).size());
      }
    }
  }

  @Test
  void deletionsInAWindowAndWindowsOlderThanRetentionAreFlagged() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      List<WriteResult> made = c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts("DEL-", 4)));
      Instant from = c.serverTime().minusSeconds(5);
      List<CrmRecord> gone = List.of(new CrmRecord("Account", made.get(0).id(), Map.of()),
          new CrmRecord("Account", made.get(1).id(), Map.of()));
      List<WriteResult> deleted = c.write(WriteBatch.delete("Account", gone));
      assertTrue(deleted.stream().allMatch(WriteResult::success));
      TimeWindow window = new TimeWindow(from, c.serverTime().plusSeconds(61));
      Deletions d = c.deletions("Account", window);
      Set<String> ids = new HashSet<>();
      d.records().forEach(r -> ids.add(r.id()));
      assertTrue(ids.contains(made.get(0).id()) && ids.contains(made.get(1).id()), "deleted ids " + ids);
      assertFalse(d.incompleteFor(window));
      TimeWindow old = new TimeWindow(c.serverTime().minus(Duration.ofDays(45)), c.serverTime());
      assertTrue(c.deletions("Account", old).incompleteFor(old), "a window beyond retention needs reconciling");
    }
  }

  @Test
  void describesAreCachedAndAnAddedFieldIsSeenOnceRefreshed() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(ConnectorFixture.config(devorg.get())
        .describeTtl(Duration.ofMillis(300)).build(), Clock.systemUTC())) {
      ObjectSchema first = c.describe("Account");
      long before = apiUsed();
      c.describe("Account");
      assertEquals(before, apiUsed(), "second describe is served from the cache");
      assertTrue(first.field("Drift_Added__c").isEmpty());
      devorg.org().schema().object("Account").orElseThrow().putField(
          FieldDef.builder("Drift_Added__c", FieldType.STRING).custom(true).label("Drift").length(20).build());
      Thread.sleep(400);
      try (RecordStream s = c.firstLoad(new ReadRequest("Account", List.of("Name", "Drift_Added__c")))) {
        assertTrue(s.missingFields().isEmpty(), "the added field is read after the describe expired");
        assertTrue(s.fields().contains("Drift_Added__c"));
      }
    }
  }

  @Test
  void anUnknownRelationshipPathIsASchemaErrorAfterOneRefresh() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      c.describe("Account");
      long before = apiUsed();
      CrmException e = assertThrows(CrmException.class,
          () -> c.firstLoad(new ReadRequest("Account", List.of("Name", "Nope__r.Name"))));
      assertEquals(CrmException.Kind.SCHEMA, e.kind());
      // count, query (INVALID_FIELD), a fresh describe, then count and query once more; without the
      // refresh it would stop after two
      assertEquals(5, apiUsed() - before);
    }
  }

  @Test
  void orgIdAndServerTimeComeFromTheOrg() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      assertEquals(devorg.org().id(), c.orgId());
      Instant server = c.serverTime();
      assertNotNull(server);
      assertTrue(Duration.between(server, devorg.org().clock().instant()).abs().toSeconds() < 5);
    }
  }
}
