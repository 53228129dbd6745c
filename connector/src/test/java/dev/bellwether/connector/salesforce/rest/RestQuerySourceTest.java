package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SOQL over REST against devorg: paging, queryAll, relationship flattening, value types. */
class RestQuerySourceTest {
  @RegisterExtension
  static final SharedDevOrg devorg = new SharedDevOrg();
  static OrgSeed seed;
  static ObjectSchema account;

  @BeforeAll
  static void start() throws CrmException {
    seed = new OrgSeed(devorg.get());
    try (RestWiring w = RestWiring.to(devorg.get())) {
      account = new RestDescriber(w.rest(), Namespace.NONE).describe("Account");
    }
  }

  private static List<CrmRecord> readAll(RestQuerySource source) throws CrmException {
    List<CrmRecord> all = new ArrayList<>();
    for (Optional<RecordPage> p = source.nextPage(); p.isPresent(); p = source.nextPage()) {
      all.addAll(p.get().records());
    }
    return all;
  }

  @Test
  void fourThousandFiveHundredAccountsComeInThreePagesOfOneRequestEach() throws CrmException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 4500; i++) {
      rows.add(Map.of("Name", String.format("Page %04d", i)));
    }
    Set<String> created = new HashSet<>(seed.create("Account", rows));
    try (RestWiring w = RestWiring.to(devorg.get())) {
      RestQuerySource source = new RestQuerySource(w.rest(),
          "SELECT Id, Name FROM Account WHERE Name LIKE 'Page %'", false, account, Namespace.NONE);
      assertEquals(-1, source.totalSize(), "unknown before the first answer");
      List<Integer> sizes = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Optional<RecordPage> p = source.nextPage(); p.isPresent(); p = source.nextPage()) {
        sizes.add(p.get().size());
        for (CrmRecord r : p.get().records()) {
          assertTrue(seen.add(r.id()), "id read twice: " + r.id());
          assertEquals(r.id(), r.get("Id"));
          assertEquals("Account", r.object());
        }
      }
      assertEquals(List.of(2000, 2000, 500), sizes);
      assertEquals(created, seen);
      assertEquals(4500, source.totalSize());
      assertEquals(3, w.guard().calls(), "one guarded request per page");
      assertEquals(Optional.empty(), source.nextPage());
      assertEquals(3, w.guard().calls(), "nothing is asked after the last page");
      assertEquals("rest-query", source.path());
    }
  }

  @Test
  void queryAllAlsoReturnsDeletedRecordsWhichQueryLeavesOut() throws CrmException {
    List<String> ids = seed.create("Account", List.of(Map.of("Name", "Gone 1"), Map.of("Name", "Gone 2"),
        Map.of("Name", "Gone 3")));
    seed.delete(ids.subList(0, 2));
    String soql = "SELECT Id, Name, IsDeleted FROM Account WHERE Name LIKE 'Gone %' ORDER BY Name";
    try (RestWiring w = RestWiring.to(devorg.get())) {
      List<CrmRecord> live = readAll(new RestQuerySource(w.rest(), soql, false, account, Namespace.NONE));
      assertEquals(List.of(ids.get(2)), live.stream().map(CrmRecord::id).toList());
      List<CrmRecord> all = readAll(new RestQuerySource(w.rest(), soql, true, account, Namespace.NONE));
      assertEquals(ids, all.stream().map(CrmRecord::id).toList());
      assertEquals(List.of(true, true, false), all.stream().map(r -> r.get("IsDeleted")).toList());
    }
  }

  @Test
  void relationshipsAreFlattenedToDottedNamesAndANullParentEmptiesItsSelectedFields() throws CrmException {
    String parent = seed.create("Account", Map.of("Name", "Rel Parent"));
    seed.create("Account", Map.of("Name", "Rel Child", "ParentId", parent));
    String adminName = (String) seed.value(devorg.org().adminUserId(), "Name");
    try (RestWiring w = RestWiring.to(devorg.get())) {
      List<CrmRecord> rows = readAll(new RestQuerySource(w.rest(),
          "SELECT Id, Name, Owner.Name, Parent.Name, Parent.Owner.Name FROM Account"
              + " WHERE Name LIKE 'Rel %' ORDER BY Name",
          false, account, Namespace.NONE));
      CrmRecord child = rows.get(0);
      assertEquals("Rel Child", child.get("Name"));
      assertEquals(adminName, child.get("Owner.Name"));
      assertEquals("Rel Parent", child.get("Parent.Name"));
      assertEquals(adminName, child.get("Parent.Owner.Name"));
      assertFalse(child.has("Owner") || child.has("Parent") || child.has("attributes"));
      CrmRecord top = rows.get(1);
      assertEquals("Rel Parent", top.get("Name"));
      assertTrue(top.has("Parent.Name") && top.has("Parent.Owner.Name"), "a null parent's selected fields are present");
      assertNull(top.get("Parent.Name"));
      assertNull(top.get("Parent.Owner.Name"));
      assertFalse(top.has("Parent"));
    }
  }

  @Test
  void valuesAreTypedByTheSchema() throws CrmException {
    String acct = seed.create("Account", Map.of("Name", "Typed Co", "NumberOfEmployees", 1250,
        "AnnualRevenue", new BigDecimal("1234567.89")));
    seed.create("Opportunity", Map.of("Name", "Typed Deal", "AccountId", acct, "StageName", "Closed Won",
        "CloseDate", LocalDate.parse("2025-03-31"), "Amount", new BigDecimal("45000.50")));
    try (RestWiring w = RestWiring.to(devorg.get())) {
      ObjectSchema opportunity = new RestDescriber(w.rest(), Namespace.NONE).describe("Opportunity");
      CrmRecord deal = readAll(new RestQuerySource(w.rest(),
          "SELECT Id, CloseDate, Amount, IsClosed, CreatedDate, Account.NumberOfEmployees FROM Opportunity"
              + " WHERE Name = 'Typed Deal'", false, opportunity, Namespace.NONE)).get(0);
      assertEquals(LocalDate.parse("2025-03-31"), deal.get("CloseDate"));
      assertEquals(0, new BigDecimal("45000.50").compareTo((BigDecimal) deal.get("Amount")));
      assertEquals(Boolean.TRUE, deal.get("IsClosed"));
      assertInstanceOf(Instant.class, deal.get("CreatedDate"));
      assertEquals("1250", deal.get("Account.NumberOfEmployees"), "a parent's field is outside the schema: text");

      CrmRecord co = readAll(new RestQuerySource(w.rest(),
          "SELECT Id, NumberOfEmployees, AnnualRevenue, Description FROM Account WHERE Id = '" + acct + "'",
          false, account, Namespace.NONE)).get(0);
      assertEquals(1250L, co.get("NumberOfEmployees"));
      assertEquals(0, new BigDecimal("1234567.89").compareTo((BigDecimal) co.get("AnnualRevenue")));
      assertTrue(co.has("Description"), "an empty field is present");
      assertNull(co.get("Description"));
    }
  }

  @Test
  void soqlTextIsEncodedSoPlusAmpersandAndPercentReachTheServerIntact() throws CrmException {
    String tricky = "A&B + C? #1 100% d'or";
    String id = seed.create("Account", Map.of("Name", tricky));
    seed.create("Account", Map.of("Name", "A&B   C? #1 100% d'or"));
    try (RestWiring w = RestWiring.to(devorg.get())) {
      List<CrmRecord> rows = readAll(new RestQuerySource(w.rest(),
          "SELECT Id, Name FROM Account WHERE Name = 'A&B + C? #1 100% d\\'or'", false, account, Namespace.NONE));
      assertEquals(1, rows.size());
      assertEquals(id, rows.get(0).id());
      assertEquals(tricky, rows.get(0).get("Name"));
    }
  }

  @Test
  void namespacedNamesComeBackUnqualified() throws CrmException {
    devorg.org().schema().object("Account").orElseThrow().putField(
        FieldDef.builder("bw__Score__c", FieldType.DOUBLE).custom(true).label("Score").build());
    String id = seed.create("Account", Map.of("Name", "Namespaced Co", "bw__Score__c", new BigDecimal("87.5")));
    Namespace bw = new Namespace("bw");
    try (RestWiring w = RestWiring.to(devorg.get())) {
      ObjectSchema described = new RestDescriber(w.rest(), bw).describe("Account");
      assertTrue(described.field("Score__c").isPresent());
      CrmRecord r = readAll(new RestQuerySource(w.rest(),
          "SELECT Id, bw__Score__c FROM Account WHERE Id = '" + id + "'", false, described, bw)).get(0);
      assertEquals(Set.of("Id", "Score__c"), r.fields().keySet());
      assertEquals(0, new BigDecimal("87.5").compareTo((BigDecimal) r.get("Score__c")));
    }
  }

  @Test
  void anUnknownFieldFailsAsASchemaErrorOnTheFirstPage() {
    try (RestWiring w = RestWiring.to(devorg.get())) {
      RestQuerySource source = new RestQuerySource(w.rest(), "SELECT Id, Nope__c FROM Account", false, account,
          Namespace.NONE);
      CrmException e = assertThrows(CrmException.class, source::nextPage);
      assertEquals(CrmException.Kind.SCHEMA, e.kind());
      assertEquals("INVALID_FIELD", e.code());
    }
  }

  @Test
  void anEmptyResultHasNoPagesAndATotalOfZero() throws CrmException {
    try (RestWiring w = RestWiring.to(devorg.get())) {
      RestQuerySource source = new RestQuerySource(w.rest(), "SELECT Id FROM Account WHERE Name = 'Nobody at all'",
          false, account, Namespace.NONE);
      assertEquals(Optional.empty(), source.nextPage());
      assertEquals(0, source.totalSize());
      assertEquals(1, w.guard().calls());
    }
  }
}
