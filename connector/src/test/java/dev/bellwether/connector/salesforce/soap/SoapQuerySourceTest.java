package dev.bellwether.connector.salesforce.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.store.WriteOp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** query/queryAll + queryMore over real HTTP: paging, typed values, parents, deleted rows. */
class SoapQuerySourceTest {
  private static final int PAGED = 4_500;
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();
  static ObjectSchema account;
  static ObjectSchema opportunity;

  @BeforeAll
  static void start() throws Exception {
    List<WriteOp> ops = new ArrayList<>();
    for (int i = 0; i < PAGED; i++) {
      ops.add(new WriteOp.Create("Account", Map.of("Name", String.format("Paged %04d", i), "NumberOfEmployees", i)));
    }
    SoapSetup.arrange(devorg.get(), ops);
    SoapDescriber describer = new SoapDescriber(SoapSetup.against(devorg.get()).soap(), Namespace.NONE);
    account = describer.describe("Account");
    opportunity = describer.describe("Opportunity");
  }

  @Test
  void fourThousandFiveHundredAccountsComeInThreeCallsOfAtMost2000() throws Exception {
    SoapSetup s = SoapSetup.against(devorg.get());
    List<Integer> sizes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long employees = 0;

    try (SoapQuerySource source = open(s, "SELECT Id, Name, NumberOfEmployees FROM Account WHERE Name LIKE 'Paged %'",
        false, account)) {
      assertEquals(PAGED, source.totalSize());
      assertEquals("soap-query", source.path());
      for (Optional<RecordPage> page = source.nextPage(); page.isPresent(); page = source.nextPage()) {
        sizes.add(page.get().size());
        for (CrmRecord r : page.get().records()) {
          ids.add(r.id());
          employees += (Long) r.get("NumberOfEmployees");
        }
      }
      assertTrue(source.nextPage().isEmpty(), "stays done");
    }

    assertEquals(List.of(2000, 2000, 500), sizes);
    assertEquals(3, s.guard().calls(), "query + 2 queryMore");
    assertEquals(PAGED, ids.size());
    assertEquals((long) PAGED * (PAGED - 1) / 2, employees);
  }

  @Test
  void recordsCarryTypeIdOnceAndValuesTypedBySchema() throws Exception {
    String accountId = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Dates Co", "AnnualRevenue",
        new BigDecimal("1250000.50")));
    Map<String, Object> opp = new LinkedHashMap<>();
    opp.put("Name", "Big Deal");
    opp.put("StageName", "Closed Won");
    opp.put("CloseDate", LocalDate.of(2025, 1, 2));
    opp.put("Amount", new BigDecimal("1500000"));
    opp.put("AccountId", accountId);
    String oppId = SoapSetup.create(devorg.get(), "Opportunity", opp);
    Instant created = (Instant) devorg.org().store().find(oppId).orElseThrow().get("CreatedDate");

    CrmRecord r = single(open(SoapSetup.against(devorg.get()), "SELECT Id, CloseDate, Amount, CreatedDate, IsWon, "
        + "Probability, Account.Name, Account.AnnualRevenue FROM Opportunity WHERE Id = '" + oppId + "'", false,
        opportunity));

    assertEquals("Opportunity", r.object());
    assertEquals(oppId, r.id());
    assertEquals(oppId, r.get("Id"));
    assertEquals(LocalDate.of(2025, 1, 2), r.get("CloseDate"));
    assertEquals(0, new BigDecimal("1500000").compareTo((BigDecimal) r.get("Amount")));
    assertEquals(created.toEpochMilli(), ((Instant) r.get("CreatedDate")).toEpochMilli());
    assertEquals(Boolean.TRUE, r.get("IsWon"));
    assertTrue(r.has("Probability"), "an empty field is present");
    assertNull(r.get("Probability"));
    assertEquals("Dates Co", r.get("Account.Name"));
    assertEquals("1250000.5", new BigDecimal((String) r.get("Account.AnnualRevenue")).stripTrailingZeros()
        .toPlainString(), "parent fields stay text");
    assertEquals(List.of("Id", "CloseDate", "Amount", "CreatedDate", "IsWon", "Probability", "Account.Name",
        "Account.AnnualRevenue"), List.copyOf(r.fields().keySet()));
  }

  @Test
  void parentsAreFlattenedToDottedNamesAndAMissingParentLeavesThemOut() throws Exception {
    String parentId = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Parent Co"));
    SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Child Co", "ParentId", parentId));
    SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Orphan Co"));

    List<CrmRecord> rows = all(open(SoapSetup.against(devorg.get()),
        "SELECT Name, Owner.Name, Parent.Name, Parent.Owner.Name FROM Account "
            + "WHERE Name IN ('Child Co', 'Orphan Co') ORDER BY Name", false, account));

    CrmRecord child = rows.get(0);
    CrmRecord orphan = rows.get(1);
    assertNull(child.id(), "Id was not selected");
    assertFalse(child.has("Id"));
    assertEquals("Child Co", child.get("Name"));
    assertEquals("Avery Admin", child.get("Owner.Name"));
    assertEquals("Parent Co", child.get("Parent.Name"));
    assertEquals("Avery Admin", child.get("Parent.Owner.Name"));
    assertEquals("Orphan Co", orphan.get("Name"));
    assertFalse(orphan.has("Parent.Name"));
    assertFalse(orphan.has("Parent"), "a missing parent adds no field of its own");
  }

  @Test
  void queryAllSeesDeletedRowsThatQueryDoesNot() throws Exception {
    String id = SoapSetup.create(devorg.get(), "Account", Map.of("Name", "Gone Co"));
    SoapSetup.arrange(devorg.get(), List.of(new WriteOp.Delete(id)));
    String soql = "SELECT Id, IsDeleted FROM Account WHERE Name = 'Gone Co'";

    SoapQuerySource live = open(SoapSetup.against(devorg.get()), soql, false, account);
    List<CrmRecord> everything = all(open(SoapSetup.against(devorg.get()), soql, true, account));

    assertEquals(0, live.totalSize());
    assertTrue(live.nextPage().isEmpty());
    assertEquals(1, everything.size());
    assertEquals(id, everything.get(0).id());
    assertEquals(Boolean.TRUE, everything.get(0).get("IsDeleted"));
  }

  @Test
  void aBadQueryFailsWhenOpened() {
    CrmException e = assertThrows(CrmException.class,
        () -> open(SoapSetup.against(devorg.get()), "SELECT Id FROM Account ORDER Name", false, account));

    assertEquals(CrmException.Kind.INVALID_REQUEST, e.kind());
    assertEquals("MALFORMED_QUERY", e.code());
  }

  private static SoapQuerySource open(SoapSetup s, String soql, boolean includeDeleted, ObjectSchema schema)
      throws CrmException {
    return SoapQuerySource.open(s.soap(), soql, includeDeleted, schema, Namespace.NONE);
  }

  private static List<CrmRecord> all(SoapQuerySource source) throws CrmException {
    List<CrmRecord> out = new ArrayList<>();
    try (source) {
      for (Optional<RecordPage> p = source.nextPage(); p.isPresent(); p = source.nextPage()) {
        out.addAll(p.get().records());
      }
    }
    return out;
  }

  private static CrmRecord single(SoapQuerySource source) throws CrmException {
    List<CrmRecord> rows = all(source);
    assertEquals(1, rows.size());
    return rows.get(0);
  }
}
