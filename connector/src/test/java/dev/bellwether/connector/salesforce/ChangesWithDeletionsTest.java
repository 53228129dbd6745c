package dev.bellwether.connector.salesforce;

import static dev.bellwether.connector.salesforce.SalesforceConnectorTest.accounts;
import static dev.bellwether.connector.salesforce.SalesforceConnectorTest.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.SharedDevOrg;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes read with deleted records (queryAll): an incremental poll learns edits and deletions from
 * one call, on the SOAP path and, for a mass deletion, on the Bulk path (operation queryAll).
 */
class ChangesWithDeletionsTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();

  private static final ReadRequest ACCOUNTS = new ReadRequest("Account", List.of("Name", "Ext_Id__c"));

  @Test
  void oneSoapQueryAllReturnsTheWindowsEditsAndDeletionsMarkedDeleted() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      List<WriteResult> made = c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts("QA-", 6)));
      Instant from = c.serverTime().plusMillis(1);
      Thread.sleep(5);
      c.write(WriteBatch.update("Account", List.of(new CrmRecord("Account", made.get(0).id(),
          Map.of("Name", "QA edited")))));
      c.write(WriteBatch.delete("Account", List.of(new CrmRecord("Account", made.get(1).id(), Map.of()),
          new CrmRecord("Account", made.get(2).id(), Map.of()))));
      TimeWindow window = new TimeWindow(from, c.serverTime().plusMillis(1));
      c.describe("Account"); // cached, so the count below is the read's own
      long before = devorg.org().apiUsage().used();

      List<CrmRecord> changed;
      try (RecordStream s = c.changes(ACCOUNTS.includingDeleted(), window)) {
        assertEquals("soap-query", s.path());
        assertTrue(s.fields().contains("IsDeleted"), "the flag is read: " + s.fields());
        changed = readAll(s);
      }

      assertEquals(1, devorg.org().apiUsage().used() - before, "edits and deletions in one call");
      Set<String> deleted = changed.stream().filter(CrmRecord::deleted).map(CrmRecord::id)
          .collect(Collectors.toSet());
      assertEquals(Set.of(made.get(1).id(), made.get(2).id()), deleted);
      CrmRecord edited = changed.stream().filter(r -> r.id().equals(made.get(0).id())).findFirst().orElseThrow();
      assertFalse(edited.deleted());
      assertEquals("QA edited", edited.get("Name"));
      assertEquals(3, changed.size());
      for (CrmRecord r : changed) {
        assertTrue(!((Instant) r.get("SystemModstamp")).isBefore(from),
            "a deletion moves SystemModstamp into the window: " + r);
      }
      CrmRecord gone = changed.stream().filter(CrmRecord::deleted).findFirst().orElseThrow();
      assertTrue(((String) gone.get("Name")).startsWith("Acct QA-"), "a deleted record keeps its last values");

      try (RecordStream live = c.changes(ACCOUNTS, window)) {
        List<CrmRecord> onlyLive = readAll(live);
        assertEquals(List.of(made.get(0).id()), onlyLive.stream().map(CrmRecord::id).toList());
        assertFalse(live.fields().contains("IsDeleted"));
      }
    }
  }

  @Test
  void aMassDeletionIsReadThroughABulkQueryAllJob() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      List<WriteResult> made = c.write(WriteBatch.upsert("Account", "Ext_Id__c", accounts("QB-", 2_300)));
      Instant from = c.serverTime().plusMillis(1);
      Thread.sleep(5);
      List<WriteResult> gone = c.write(WriteBatch.delete("Account",
          made.stream().map(r -> new CrmRecord("Account", r.id(), Map.of())).toList()));
      assertTrue(gone.stream().allMatch(WriteResult::success));

      try (RecordStream s = c.changes(ACCOUNTS.includingDeleted(),
          new TimeWindow(from, c.serverTime().plusMillis(1)))) {
        assertEquals("bulk-query", s.path());
        List<CrmRecord> read = readAll(s);
        assertEquals(2_300, read.size());
        assertTrue(read.stream().allMatch(CrmRecord::deleted), "every row marked deleted");
        assertEquals(made.stream().map(WriteResult::id).collect(Collectors.toSet()),
            read.stream().map(CrmRecord::id).collect(Collectors.toSet()));
      }
    }
  }

  @Test
  void aFirstLoadReadsLiveRecordsOnly() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg.get())) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> c.firstLoad(ACCOUNTS.includingDeleted()));
      assertTrue(e.getMessage().contains("Account"), e.getMessage());
    }
  }
}
