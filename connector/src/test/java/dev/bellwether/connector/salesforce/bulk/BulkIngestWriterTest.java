package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk API 2.0 ingest jobs against devorg: results back at their input positions, whatever the job did. */
class BulkIngestWriterTest {
  static BulkFixture fx;
  static BulkIngestWriter writer;

  @BeforeAll
  static void start() {
    fx = BulkFixture.start();
    writer = new BulkIngestWriter(fx.rest, Namespace.NONE, BulkFixture.FAST);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @BeforeEach
  void clean() {
    fx.devorg.faults("");
    fx.guard.reset();
  }

  private static CrmRecord account(Map<String, Object> fields) {
    return CrmRecord.of("Account", fields);
  }

  private static Map<String, Object> fields(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static List<WriteResult> write(WriteBatch batch) throws Exception {
    List<WriteResult> results = writer.write(batch, BulkFixture.accountSchema());
    assertEquals(batch.records().size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      assertEquals(i, results.get(i).index(), "results are in input order");
    }
    return results;
  }

  @Test
  void anUpsertOfFiveThousandReportsBadRowsAtTheirIndexesAndRunningItAgainCreatesNothing() throws Exception {
    int n = 5_000;
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> f = fields("Ext_Id__c", "UP-" + i, "Name", "Upserted " + i,
          "AnnualRevenue", new BigDecimal("10.5").add(BigDecimal.valueOf(i)),
          "Renewal_Date__c", LocalDate.of(2027, 6, 30), "Last_Review__c", Instant.parse("2025-05-06T07:08:09Z"),
          "Strategic__c", i % 3 == 0);
      if (i == 17) {
        f.put("Name", null);
      } else if (i == 2_500) {
        f.put("Name", "x".repeat(300));
      } else if (i == n - 1) {
        f.remove("Name");
      }
      records.add(account(f));
    }
    WriteBatch batch = WriteBatch.upsert("Account", "Ext_Id__c", records);
    Set<Integer> bad = Set.of(17, 2_500, n - 1);

    List<WriteResult> first = write(batch);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      WriteResult r = first.get(i);
      if (bad.contains(i)) {
        assertFalse(r.success(), "row " + i);
        assertNull(r.id());
        continue;
      }
      assertTrue(r.success(), "row " + i + ": " + r.errors());
      assertTrue(r.created(), "row " + i);
      assertTrue(ids.add(r.id()));
      assertEquals("UP-" + i, fx.stored(r.id(), "Ext_Id__c"), "the id belongs to the row's record");
    }
    RecordError missing = first.get(17).errors().get(0);
    assertEquals(new RecordError("REQUIRED_FIELD_MISSING", "Required fields are missing: [Name]", List.of("Name"),
        false), missing);
    assertEquals(missing, first.get(n - 1).errors().get(0));
    RecordError tooLong = first.get(2_500).errors().get(0);
    assertEquals("STRING_TOO_LONG", tooLong.statusCode());
    assertEquals(List.of("Name"), tooLong.fields());
    assertTrue(tooLong.message().contains("data value too large"), tooLong.message());
    assertFalse(first.get(2_500).retryable());
    assertEquals(1, fx.guard.count("create bulk ingest job"));

    List<WriteResult> again = write(batch);
    for (int i = 0; i < n; i++) {
      WriteResult r = again.get(i);
      assertEquals(!bad.contains(i), r.success(), "row " + i);
      if (r.success()) {
        assertFalse(r.created(), "row " + i + " already existed");
        assertEquals(first.get(i).id(), r.id());
      }
    }
    assertEquals(LocalDate.of(2027, 6, 30), fx.stored(first.get(3).id(), "Renewal_Date__c"));
    assertEquals(true, fx.stored(first.get(3).id(), "Strategic__c"));
  }

  @Test
  void identicalRowsOfAnInsertEachGetTheirOwnRecord() throws Exception {
    List<CrmRecord> records = List.of(account(fields("Name", "Twin")), account(fields("Name", "Other")),
        account(fields("Name", "Twin")), account(fields("Name", "Twin")));
    List<WriteResult> results = write(WriteBatch.insert("Account", records));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      assertTrue(results.get(i).success());
      assertTrue(results.get(i).created());
      assertTrue(ids.add(results.get(i).id()), "a distinct id for each row");
      assertEquals(records.get(i).get("Name"), fx.stored(results.get(i).id(), "Name"));
    }
  }

  @Test
  void anUpdateByIdChangesPresentFieldsEmptiesNullOnesAndLeavesAbsentOnes() throws Exception {
    List<String> ids = fx.storeRecords("Account", List.of(
        fields("Name", "Before A", "Description", "keep me?", "AnnualRevenue", new BigDecimal("5")),
        fields("Name", "Before B", "Description", "kept", "AnnualRevenue", new BigDecimal("6"))));
    List<CrmRecord> records = List.of(
        new CrmRecord("Account", ids.get(0), fields("Name", "After A", "Description", null)),
        CrmRecord.of("Account", fields("Name", "no id")),
        new CrmRecord("Account", ids.get(1), fields("AnnualRevenue", new BigDecimal("7.5"))));
    List<WriteResult> results = write(WriteBatch.update("Account", records));

    assertTrue(results.get(0).success());
    assertFalse(results.get(0).created());
    assertEquals(ids.get(0), results.get(0).id());
    assertEquals("After A", fx.stored(ids.get(0), "Name"));
    assertNull(fx.stored(ids.get(0), "Description"), "null was sent as #N/A");
    assertEquals(0, new BigDecimal("5").compareTo((BigDecimal) fx.stored(ids.get(0), "AnnualRevenue")));
    assertEquals("MISSING_ARGUMENT", results.get(1).errors().get(0).statusCode());
    assertTrue(results.get(2).success());
    assertEquals("Before B", fx.stored(ids.get(1), "Name"), "an absent field is left as is");
    assertEquals("kept", fx.stored(ids.get(1), "Description"));
    assertEquals(0, new BigDecimal("7.5").compareTo((BigDecimal) fx.stored(ids.get(1), "AnnualRevenue")));
  }

  @Test
  void aDeleteByIdRemovesTheRecordsAndReportsAnUnknownIdInItsPlace() throws Exception {
    List<String> ids = fx.storeRecords("Account", List.of(fields("Name", "Del 1"), fields("Name", "Del 2"),
        fields("Name", "Del 3")));
    String unknown = "001" + "9".repeat(12);
    List<CrmRecord> records = List.of(new CrmRecord("Account", ids.get(2), Map.of()),
        new CrmRecord("Account", unknown, Map.of("Name", "ignored")), new CrmRecord("Account", ids.get(0), Map.of()));
    List<WriteResult> results = write(WriteBatch.delete("Account", records));
    assertTrue(results.get(0).success());
    assertEquals(ids.get(2), results.get(0).id());
    assertFalse(results.get(1).success());
    assertFalse(results.get(1).errors().isEmpty());
    assertTrue(results.get(2).success());
    assertTrue(fx.org().store().find(ids.get(2)).orElseThrow().deleted());
    assertTrue(fx.org().store().find(ids.get(0)).orElseThrow().deleted());
    assertFalse(fx.org().store().find(ids.get(1)).orElseThrow().deleted());
  }

  @Test
  void csvHostileTextRoundTripsThroughIngestAndQuery() throws Exception {
    List<String> names = List.of("Acme, Inc.", "The \"Best\" Co", "Line one\nline two", "CRLF\r\nhere",
        "  padded  ", "Zürich Straße 日本 😀", "\"", ",", "trailing,\"mix\"\n");
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      records.add(account(fields("Name", "Hostile " + i, "Description", names.get(i))));
    }
    List<WriteResult> results = write(WriteBatch.insert("Account", records));
    results.forEach(r -> assertTrue(r.success(), r.toString()));

    Map<String, Object> read = new HashMap<>();
    try (BulkQuerySource source = new BulkQuerySource(fx.rest, "SELECT Id, Description FROM Account "
        + "WHERE Name LIKE 'Hostile %'", false, BulkFixture.accountSchema(), Namespace.NONE, 2_000, 50_000,
        BulkFixture.FAST)) {
      for (Optional<RecordPage> p = source.nextPage(); p.isPresent(); p = source.nextPage()) {
        p.get().records().forEach(r -> read.put(r.id(), r.get("Description")));
      }
    }
    for (int i = 0; i < names.size(); i++) {
      assertEquals(names.get(i), read.get(results.get(i).id()), "value " + i);
    }
  }

  @Test
  void theTextHashNaIsRefusedBeforeUploadBecauseBulkReadsItAsSetEmpty() throws Exception {
    List<WriteResult> results = write(WriteBatch.insert("Account", List.of(
        account(fields("Name", "Fine")), account(fields("Name", "Bad", "Description", "#N/A")))));
    assertTrue(results.get(0).success());
    assertEquals(new RecordError("BULK_UNREPRESENTABLE_VALUE", results.get(1).errors().get(0).message(),
        List.of("Description"), false), results.get(1).errors().get(0));
  }

  @Test
  void rowLocksComeBackAsRetryableFailuresNextToWrittenRows() throws Exception {
    fx.devorg.faults("lock=0.3");
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      records.add(account(fields("Ext_Id__c", "LOCK-" + i, "Name", "Locked " + i)));
    }
    List<WriteResult> results = write(WriteBatch.upsert("Account", "Ext_Id__c", records));
    int locked = 0;
    for (int i = 0; i < results.size(); i++) {
      WriteResult r = results.get(i);
      if (r.success()) {
        assertEquals("LOCK-" + i, fx.stored(r.id(), "Ext_Id__c"));
      } else {
        locked++;
        assertEquals("UNABLE_TO_LOCK_ROW", r.errors().get(0).statusCode());
        assertTrue(r.retryable());
      }
    }
    assertTrue(locked > 40 && locked < 240, "about 30% locked: " + locked);
  }

  @Test
  void aBatchPastTheUploadLimitIsSplitOverJobsAndStillAnsweredInInputOrder() throws Exception {
    BulkIngestWriter small = new BulkIngestWriter(fx.rest, Namespace.NONE,
        new IngestOptions(BulkFixture.FAST, 8 * 1024, 3));
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      records.add(account(fields("Name", "Split " + i, "Description", "d".repeat(80))));
    }
    List<WriteResult> results = small.write(WriteBatch.insert("Account", records), BulkFixture.accountSchema());
    assertTrue(fx.guard.count("create bulk ingest job") >= 4, "about 30 KB at 8 KB per job");
    for (int i = 0; i < records.size(); i++) {
      assertEquals(i, results.get(i).index());
      assertEquals("Split " + i, fx.stored(results.get(i).id(), "Name"));
    }
  }

  @Test
  void aBadRestrictedPicklistValueFailsOnlyItsRowWithSalesforcesCodeAndField() throws Exception {
    String account = fx.storeRecords("Account", List.of(fields("Name", "Health Parent"))).get(0);
    List<CrmRecord> records = List.of(
        CrmRecord.of("CS_Health__c", fields("External_Id__c", "H-1", "Account__c", account, "Band__c", "Green",
            "Score__c", new BigDecimal("81.5"))),
        CrmRecord.of("CS_Health__c", fields("External_Id__c", "H-2", "Account__c", account, "Band__c", "Purple",
            "Score__c", new BigDecimal("12"))));
    List<WriteResult> results = writer.write(WriteBatch.upsert("CS_Health__c", "External_Id__c", records),
        BulkFixture.healthSchema());
    assertTrue(results.get(0).success());
    assertNotNull(results.get(0).id());
    RecordError e = results.get(1).errors().get(0);
    assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", e.statusCode());
    assertEquals(List.of("Band__c"), e.fields());
    assertTrue(e.message().contains("Purple"), e.message());
  }

  @Test
  void anEmptyBatchCallsNothing() throws Exception {
    assertEquals(List.of(), writer.write(WriteBatch.insert("Account", List.of()), BulkFixture.accountSchema()));
    assertEquals(0, fx.guard.count(""));
    assertEquals("bulk-ingest", writer.path());
  }
}
