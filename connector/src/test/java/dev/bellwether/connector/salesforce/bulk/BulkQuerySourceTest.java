package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.RecordPage;
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

/** Bulk API 2.0 query jobs against devorg: paging, typing, queryAll and job failure. */
class BulkQuerySourceTest {
  static final int VOLUME = 12_000;
  static BulkFixture fx;
  static List<String> volumeIds;

  @BeforeAll
  static void start() {
    fx = BulkFixture.start();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < VOLUME; i++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("Name", "Volume " + i);
      r.put("AnnualRevenue", new BigDecimal(i + ".25"));
      r.put("NumberOfEmployees", (long) i);
      r.put("Renewal_Date__c", LocalDate.of(2026, 1, 1).plusDays(i % 365));
      r.put("Last_Review__c", Instant.parse("2025-03-04T05:06:07Z").plusSeconds(i));
      r.put("Strategic__c", i % 2 == 0);
      rows.add(r);
    }
    volumeIds = fx.storeRecords("Account", rows);
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

  private static BulkQuerySource source(String soql, boolean queryAll) {
    return new BulkQuerySource(fx.rest, soql, queryAll, BulkFixture.accountSchema(), Namespace.NONE, 2_000, 5_000,
        BulkFixture.FAST);
  }

  @Test
  void twelveThousandRowsComeAsThreeResultsPagesAndSixRecordPagesWithEveryIdOnce() throws Exception {
    List<Integer> sizes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, CrmRecord> byName = new HashMap<>();
    try (BulkQuerySource source = source("SELECT Id, Name, AnnualRevenue, NumberOfEmployees, Renewal_Date__c, "
        + "Last_Review__c, Strategic__c, Owner.Name FROM Account WHERE Name LIKE 'Volume %'", false)) {
      assertEquals(-1, source.totalSize(), "unknown before the job ran");
      for (Optional<RecordPage> page = source.nextPage(); page.isPresent(); page = source.nextPage()) {
        sizes.add(page.get().size());
        for (CrmRecord r : page.get().records()) {
          assertTrue(ids.add(r.id()), "id read twice: " + r.id());
          byName.put((String) r.get("Name"), r);
        }
      }
      assertEquals(VOLUME, source.totalSize());
      assertEquals("bulk-query", source.path());
    }
    assertEquals(List.of(2_000, 2_000, 2_000, 2_000, 2_000, 2_000), sizes);
    assertEquals(new HashSet<>(volumeIds), ids);
    assertEquals(3, fx.guard.count("bulk query results"), "12,000 rows at maxRecords 5,000");
    assertEquals(1, fx.guard.count("create bulk query job"));

    CrmRecord r = byName.get("Volume 4001");
    assertEquals("Account", r.object());
    assertEquals(volumeIds.get(4001), r.get("Id"), "Id stays in the fields too");
    assertEquals(volumeIds.get(4001), r.id());
    assertEquals(new BigDecimal("4001.25"), r.get("AnnualRevenue"));
    assertEquals(4001L, r.get("NumberOfEmployees"));
    assertEquals(LocalDate.of(2026, 1, 1).plusDays(4001 % 365), r.get("Renewal_Date__c"));
    assertEquals(Instant.parse("2025-03-04T05:06:07Z").plusSeconds(4001), r.get("Last_Review__c"));
    assertEquals(Boolean.FALSE, r.get("Strategic__c"));
    assertEquals(Boolean.TRUE, byName.get("Volume 4000").get("Strategic__c"));
    assertTrue(r.get("Owner.Name") instanceof String owner && !owner.isEmpty(),
        "a relationship column stays text: " + r.get("Owner.Name"));
  }

  @Test
  void anEmptyCellIsNullAndAnEmptyResultHasNoPages() throws Exception {
    List<String> ids = fx.storeRecords("Account", List.of(Map.of("Name", "Sparse One")));
    try (BulkQuerySource source = source("SELECT Id, Name, AnnualRevenue, Renewal_Date__c, Strategic__c "
        + "FROM Account WHERE Name = 'Sparse One'", false)) {
      CrmRecord r = source.nextPage().orElseThrow().records().get(0);
      assertEquals(ids.get(0), r.id());
      assertTrue(r.has("AnnualRevenue"));
      assertNull(r.get("AnnualRevenue"));
      assertNull(r.get("Renewal_Date__c"));
      assertFalse(source.nextPage().isPresent());
    }
    try (BulkQuerySource none = source("SELECT Id FROM Account WHERE Name = 'Nobody At All'", false)) {
      assertFalse(none.nextPage().isPresent());
      assertEquals(0, none.totalSize());
    }
  }

  @Test
  void queryAllReturnsDeletedRowsThatQueryLeavesOut() throws Exception {
    List<String> ids = fx.storeRecords("Account", List.of(Map.of("Name", "Gone 1"), Map.of("Name", "Gone 2"),
        Map.of("Name", "Gone 3")));
    fx.deleteInStore(List.of(ids.get(1)));
    String soql = "SELECT Id, Name, IsDeleted FROM Account WHERE Name LIKE 'Gone %'";
    Map<String, Object> live = readDeletedFlags(soql, false);
    Map<String, Object> all = readDeletedFlags(soql, true);
    assertEquals(Set.of(ids.get(0), ids.get(2)), live.keySet());
    assertEquals(Set.copyOf(ids), all.keySet());
    assertEquals(Boolean.TRUE, all.get(ids.get(1)));
    assertEquals(Boolean.FALSE, all.get(ids.get(0)));
  }

  private static Map<String, Object> readDeletedFlags(String soql, boolean queryAll) throws CrmException {
    Map<String, Object> out = new HashMap<>();
    try (BulkQuerySource source = source(soql, queryAll)) {
      for (Optional<RecordPage> p = source.nextPage(); p.isPresent(); p = source.nextPage()) {
        p.get().records().forEach(r -> out.put(r.id(), r.get("IsDeleted")));
      }
    }
    return out;
  }

  @Test
  void aMalformedQueryIsRefusedWhenTheJobIsCreated() {
    try (BulkQuerySource source = source("SELECT Id, Nope__c FROM Account", false)) {
      CrmException e = assertThrows(CrmException.class, source::nextPage);
      assertEquals("INVALID_FIELD", e.code());
    }
  }

  @Test
  void aClosedSourceHasNoMorePages() throws Exception {
    BulkQuerySource source = source("SELECT Id FROM Account WHERE Name LIKE 'Volume %'", false);
    assertEquals(2_000, source.nextPage().orElseThrow().size());
    source.close();
    assertFalse(source.nextPage().isPresent());
    assertEquals(1, fx.guard.count("bulk query results"), "no further results page fetched after close");
  }

  @Test
  void aResultsDownloadThatFailsIsFetchedAgainOnTheNextCallWithoutLosingRows() throws Exception {
    Set<String> ids = new HashSet<>();
    try (BulkQuerySource source = source("SELECT Id FROM Account WHERE Name LIKE 'Volume %'", false)) {
      source.nextPage().orElseThrow().records().forEach(r -> ids.add(r.id()));
      source.nextPage().orElseThrow().records().forEach(r -> ids.add(r.id()));
      fx.devorg.faults("transient=1");
      CrmException e = assertThrows(CrmException.class, source::nextPage, "the second results page is needed");
      assertEquals(CrmException.Kind.UNAVAILABLE, e.kind());
      fx.devorg.faults("");
      int pages = 2;
      for (Optional<RecordPage> p = source.nextPage(); p.isPresent(); p = source.nextPage()) {
        assertEquals(2_000, p.get().size());
        p.get().records().forEach(r -> assertTrue(ids.add(r.id()), "read twice: " + r.id()));
        pages++;
      }
      assertEquals(6, pages);
    }
    assertEquals(new HashSet<>(volumeIds), ids);
  }
}
