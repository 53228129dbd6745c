package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerQueryTest {
  private static final int PAGED_ACCOUNTS = 1_050;
  private static DevOrg devorg;
  private static PartnerConnection pc;

  @BeforeAll
  static void start() throws Exception {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    List<WriteOp> ops = new ArrayList<>();
    for (int i = 0; i < PAGED_ACCOUNTS; i++) {
      ops.add(new WriteOp.Create("Account", Map.of("Name", String.format("Paged %04d", i))));
    }
    write(ops);
    pc = Wsc.login(devorg, "64.0");
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @AfterEach
  void defaultBatchSize() {
    pc.clearQueryOptions();
  }

  @Test
  void pagingWithBatchSize200ReturnsEveryRecordOnceAcrossQueryMore() throws Exception {
    pc.setQueryOptions(200);

    QueryResult page = pc.query("SELECT Id, Name FROM Account WHERE Name LIKE 'Paged %' ORDER BY Name");
    List<String> names = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Integer> batchSizes = new ArrayList<>();
    while (true) {
      batchSizes.add(page.getRecords().length);
      assertEquals(PAGED_ACCOUNTS, page.getSize());
      for (SObject r : page.getRecords()) {
        names.add((String) r.getField("Name"));
        ids.add(r.getId());
      }
      if (page.isDone()) {
        assertNull(page.getQueryLocator());
        break;
      }
      assertTrue(page.getQueryLocator().matches("01g[0-9A-Za-z]{15}-\\d+"), page.getQueryLocator());
      page = pc.queryMore(page.getQueryLocator());
    }

    assertEquals(List.of(200, 200, 200, 200, 200, 50), batchSizes);
    assertEquals(PAGED_ACCOUNTS, ids.size());
    assertEquals("Paged 0000", names.get(0));
    assertEquals("Paged 1049", names.get(PAGED_ACCOUNTS - 1));
  }

  @Test
  void defaultBatchIs500AndTooSmallBatchSizesAreRaisedTo200() throws Exception {
    QueryResult byDefault = pc.query("SELECT Id FROM Account WHERE Name LIKE 'Paged %'");
    pc.setQueryOptions(50);
    QueryResult small = pc.query("SELECT Id FROM Account WHERE Name LIKE 'Paged %'");

    assertEquals(500, byDefault.getRecords().length);
    assertEquals(200, small.getRecords().length);
    assertTrue(small.getQueryLocator().endsWith("-200"));
  }

  @Test
  void recordsCarryTypeRepeatedIdAndNestedParentWithNilId() throws Exception {
    String id = create("Account", Map.of("Name", "Rel Co", "NumberOfEmployees", 42));

    QueryResult r = pc.query("SELECT Id, Name, Owner.Name, AnnualRevenue, NumberOfEmployees FROM Account WHERE Name = 'Rel Co'");

    assertTrue(r.isDone());
    assertEquals(1, r.getSize());
    SObject rec = r.getRecords()[0];
    assertEquals("Account", rec.getType());
    assertEquals(id, rec.getId());
    assertEquals("Rel Co", rec.getField("Name"));
    assertNull(rec.getField("AnnualRevenue"));
    assertEquals("42", rec.getField("NumberOfEmployees"));
    XmlObject owner = rec.getChild("Owner");
    assertEquals("Avery Admin", owner.getField("Name"));
    assertEquals("User", owner.getField("type"));
    assertNull(owner.getField("Id"));
    List<String> order = new ArrayList<>();
    rec.getChildren().forEachRemaining(c -> order.add(c.getName().getLocalPart()));
    assertEquals(List.of("type", "Id", "Id", "Name", "Owner", "AnnualRevenue", "NumberOfEmployees"), order);
  }

  @Test
  void markupCharactersInValuesSurviveTheRoundTrip() throws Exception {
    create("Account", Map.of("Name", "Escaped", "Description", "a < b && \"c\" > d\nline 2"));

    SObject rec = pc.query("SELECT Description FROM Account WHERE Name = 'Escaped'").getRecords()[0];

    assertEquals("a < b && \"c\" > d\nline 2", rec.getField("Description"));
  }

  @Test
  void rowsWithoutIdSelectedHaveANilIdElement() throws Exception {
    create("Account", Map.of("Name", "No Id Co"));

    SObject rec = pc.query("SELECT Name FROM Account WHERE Name = 'No Id Co'").getRecords()[0];

    assertNull(rec.getId());
    assertEquals("No Id Co", rec.getField("Name"));
  }

  @Test
  void valuesUseSoapDateTimeDateAndPlainNumberForms() throws Exception {
    String accountId = create("Account", Map.of("Name", "Dates Co"));
    Map<String, Object> opp = new LinkedHashMap<>();
    opp.put("Name", "Big Deal");
    opp.put("StageName", "Prospecting");
    opp.put("CloseDate", LocalDate.of(2025, 1, 2));
    opp.put("Amount", new BigDecimal("1500000"));
    opp.put("AccountId", accountId);
    String oppId = create("Opportunity", opp);
    Instant created = (Instant) devorg.org().store().find(oppId).orElseThrow().get("CreatedDate");

    SObject rec = pc.query("SELECT CloseDate, Amount, CreatedDate, IsWon, Account.Name FROM Opportunity WHERE Id = '"
        + oppId + "'").getRecords()[0];

    assertEquals("2025-01-02", rec.getField("CloseDate"));
    assertEquals("1500000", rec.getField("Amount"));
    assertEquals(dev.bellwether.devorg.http.Formats.soapDateTime(created), rec.getField("CreatedDate"));
    assertTrue(((String) rec.getField("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    assertEquals("false", rec.getField("IsWon"));
    assertEquals("Dates Co", rec.getChild("Account").getField("Name"));
  }

  @Test
  void queryAllIncludesDeletedRowsAndQueryDoesNot() throws Exception {
    String id = create("Account", Map.of("Name", "Gone Co"));
    write(List.of(new WriteOp.Delete(id)));

    QueryResult live = pc.query("SELECT Id FROM Account WHERE Name = 'Gone Co'");
    QueryResult all = pc.queryAll("SELECT Id, IsDeleted FROM Account WHERE Name = 'Gone Co'");

    assertEquals(0, live.getSize());
    assertEquals(0, live.getRecords().length);
    assertTrue(live.isDone());
    assertEquals(1, all.getSize());
    assertEquals(id, all.getRecords()[0].getId());
    assertEquals("true", all.getRecords()[0].getField("IsDeleted"));
  }

  @Test
  void aggregateRowsAreAggregateResultsWithExprColumns() throws Exception {
    create("Account", Map.of("Name", "Agg A", "NumberOfEmployees", 10));
    create("Account", Map.of("Name", "Agg B", "NumberOfEmployees", 30));

    SObject row = pc.query("SELECT COUNT(Id), MAX(NumberOfEmployees) FROM Account WHERE Name LIKE 'Agg %'").getRecords()[0];

    assertEquals("AggregateResult", row.getType());
    assertEquals("2", String.valueOf(row.getField("expr0")));
    assertEquals("30", String.valueOf(row.getField("expr1")));
  }

  @Test
  void countOnlyQueryReportsTheCountAsSizeWithoutRecords() throws Exception {
    create("Account", Map.of("Name", "Counted 1"));
    create("Account", Map.of("Name", "Counted 2"));
    create("Account", Map.of("Name", "Counted 3"));

    QueryResult r = pc.query("SELECT COUNT() FROM Account WHERE Name LIKE 'Counted %'");

    assertEquals(3, r.getSize());
    assertEquals(0, r.getRecords().length);
    assertTrue(r.isDone());
  }

  @Test
  void syntaxErrorIsMalformedQueryFaultWithRowAndColumn() {
    // "ORDER" must be followed by "BY"; "Name" starts at the 30th character.
    MalformedQueryFault f = assertThrows(MalformedQueryFault.class,
        () -> pc.query("SELECT Id FROM Account ORDER Name"));

    assertEquals(ExceptionCode.MALFORMED_QUERY, f.getExceptionCode());
    assertEquals(1, f.getRow());
    assertEquals(30, f.getColumn());
    assertTrue(f.getExceptionMessage().contains("ERROR at Row:1:Column:30"), f.getExceptionMessage());
  }

  @Test
  void unknownFieldIsInvalidFieldFaultPointingAtIt() {
    InvalidFieldFault f = assertThrows(InvalidFieldFault.class, () -> pc.query("SELECT Id, Bogus__c FROM Account"));

    assertEquals(ExceptionCode.INVALID_FIELD, f.getExceptionCode());
    assertEquals(1, f.getRow());
    assertEquals(12, f.getColumn());
  }

  @Test
  void unknownObjectIsInvalidSObjectFault() {
    InvalidSObjectFault f = assertThrows(InvalidSObjectFault.class, () -> pc.query("SELECT Id FROM Nope__c"));

    assertEquals(ExceptionCode.INVALID_TYPE, f.getExceptionCode());
    assertEquals(1, f.getRow());
    assertEquals(16, f.getColumn());
  }

  @Test
  void finishedOrUnknownLocatorIsInvalidQueryLocatorFault() throws Exception {
    pc.setQueryOptions(1000);
    QueryResult first = pc.query("SELECT Id FROM Account WHERE Name LIKE 'Paged %'");
    QueryResult last = pc.queryMore(first.getQueryLocator());

    assertTrue(last.isDone());
    InvalidQueryLocatorFault finished = assertThrows(InvalidQueryLocatorFault.class,
        () -> pc.queryMore(first.getQueryLocator()));
    InvalidQueryLocatorFault unknown = assertThrows(InvalidQueryLocatorFault.class,
        () -> pc.queryMore("01g00000000zzzzAAA-200"));
    assertEquals(ExceptionCode.INVALID_QUERY_LOCATOR, finished.getExceptionCode());
    assertEquals(ExceptionCode.INVALID_QUERY_LOCATOR, unknown.getExceptionCode());
  }

  @Test
  void anotherUsersLocatorIsInvalid() throws Exception {
    pc.setQueryOptions(200);
    String locator = pc.query("SELECT Id FROM Account WHERE Name LIKE 'Paged %'").getQueryLocator();
    String otherUser = create("User", Map.of("Username", "other@bellwether.devorg", "LastName", "Other"));
    PartnerConnection other = Wsc.withToken(devorg, "64.0",
        devorg.org().sessions().open(devorg.org().id(), otherUser, "test").token());

    assertThrows(InvalidQueryLocatorFault.class, () -> other.queryMore(locator));
    assertEquals(200, pc.queryMore(locator).getRecords().length);
  }

  private static String create(String type, Map<String, Object> fields) {
    WriteResult r = write(List.of(new WriteOp.Create(type, fields))).get(0);
    assertTrue(r.success(), () -> r.errors().toString());
    return r.id();
  }

  private static List<WriteResult> write(List<WriteOp> ops) {
    WriteContext ctx = devorg.org().writeAs(devorg.org().adminUserId());
    List<WriteResult> results = devorg.org().store().apply(ops, true, ctx);
    assertFalse(results.isEmpty());
    return results;
  }
}
