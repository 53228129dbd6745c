package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlAggregateTest {
  private final SampleOrg s = new SampleOrg();
  private final SoqlFixture org = s.org;

  private static LinkedHashMap<String, Object> row(Object... keyValues) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private List<LinkedHashMap<String, Object>> rows(String soql) {
    SoqlResult r = org.run(soql);
    assertTrue(r.aggregate());
    r.rows().forEach(row -> assertEquals("AggregateResult", row.type()));
    return r.rows().stream().map(ResultRow::fields).toList();
  }

  @Test
  void aggregateFieldPathsAreTheOutputNames() throws SoqlException {
    SoqlQuery q = org.engine().parse("SELECT Industry, COUNT(Id), MAX(Name) top FROM Account GROUP BY Industry");
    assertTrue(q.aggregate());
    assertEquals(List.of("Industry", "expr0", "top"), q.fieldPaths());
    assertTrue(org.engine().parse("SELECT COUNT() FROM Account").countOnly());
  }

  @Test
  void countAloneReturnsOnlyTheCount() {
    SoqlResult r = org.run("SELECT COUNT() FROM Account");
    assertEquals(5, r.totalSize());
    assertEquals(List.of(), r.rows());
    assertTrue(r.aggregate());
    assertEquals(2, org.run("SELECT COUNT() FROM Account WHERE Industry = 'Banking'").totalSize());
    assertEquals(3, org.run("SELECT COUNT() FROM Account LIMIT 3").totalSize());
    assertEquals(1, org.run("SELECT COUNT() FROM Account OFFSET 4").totalSize());
  }

  @Test
  void groupByNamesGroupedFieldsByFieldAndAggregatesExprN() {
    assertEquals(List.of(row("Industry", null, "expr0", 1), row("Industry", "Banking", "expr0", 2),
        row("Industry", "Energy", "expr0", 2)), rows("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry"));
  }

  @Test
  void aggregatesFoldEachGroupAndAliasesNameThem() {
    assertEquals(List.of(
            row("ind", "Energy", "cnt", 2, "expr0", new BigDecimal("5050"), "expr1", new BigDecimal("2525"),
                "expr2", "Globex", "expr3", 5000),
            row("ind", "Banking", "cnt", 2, "expr0", new BigDecimal("500"), "expr1", new BigDecimal("500"),
                "expr2", "Acme Corp", "expr3", 500)),
        rows("SELECT Industry ind, COUNT(Id) cnt, SUM(NumberOfEmployees), AVG(NumberOfEmployees), MIN(Name),"
            + " MAX(NumberOfEmployees) FROM Account GROUP BY Industry HAVING COUNT(Id) > 1 ORDER BY Industry DESC"));
  }

  @Test
  void aggregateWithoutGroupByGivesOneRow() {
    assertEquals(List.of(row("expr0", 5, "expr1", 5000, "expr2", 4, "expr3", 2)),
        rows("SELECT COUNT(Id), MAX(NumberOfEmployees), COUNT(Industry), COUNT_DISTINCT(Industry) FROM Account"));
  }

  @Test
  void aggregateOverNoRowsStillGivesOneRowWithZeroCountAndNullSum() {
    assertEquals(List.of(row("expr0", 0, "expr1", null)),
        rows("SELECT COUNT(Id), SUM(NumberOfEmployees) FROM Account WHERE Name = 'nope'"));
  }

  @Test
  void averageOfDecimalsKeepsTheFraction() {
    // (100 + 250.5 + 300) / 3, to 16 significant digits
    assertEquals(new BigDecimal("216.8333333333333"), rows("SELECT AVG(Amount) FROM Opportunity").get(0).get("expr0"));
    assertEquals(new BigDecimal("650.5"), rows("SELECT SUM(Amount) total FROM Opportunity").get(0).get("total"));
  }

  @Test
  void groupingByARelationshipFieldUsesTheLeafName() {
    assertEquals(List.of(row("Name", "Ada Admin", "expr0", 3), row("Name", "Bob Baker", "expr0", 2)),
        rows("SELECT Owner.Name, COUNT(Id) FROM Account GROUP BY Owner.Name"));
  }

  @Test
  void orderByAnAggregateSortsGroups() {
    assertEquals(List.of(row("Name", "Bob Baker", "n", 2), row("Name", "Ada Admin", "n", 3)),
        rows("SELECT Owner.Name, COUNT(Id) n FROM Account GROUP BY Owner.Name ORDER BY COUNT(Id)"));
  }

  @Test
  void havingMayTestAGroupedField() {
    assertEquals(List.of(row("Industry", "Energy", "expr0", 2)),
        rows("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry HAVING Industry = 'energy'"));
  }

  @Test
  void groupByWithoutAggregatesListsDistinctValues() {
    assertEquals(List.of(row("StageName", "Closed Won"), row("StageName", "Prospecting")),
        rows("SELECT StageName FROM Opportunity GROUP BY StageName"));
  }

  @Test
  void calendarFunctionsGroupByYearAndMonth() {
    assertEquals(List.of(row("yr", 2025, "total", new BigDecimal("300")), row("yr", 2026, "total", new BigDecimal("350.5"))),
        rows("SELECT CALENDAR_YEAR(CloseDate) yr, SUM(Amount) total FROM Opportunity GROUP BY CALENDAR_YEAR(CloseDate)"));
    assertEquals(List.of(row("expr0", 2026, "expr1", 4, "expr2", 3), row("expr0", 2026, "expr1", 2, "expr2", 1),
            row("expr0", 2026, "expr1", 1, "expr2", 1)),
        rows("SELECT CALENDAR_YEAR(CreatedDate), CALENDAR_QUARTER(CreatedDate), COUNT(Id) FROM Account"
            + " GROUP BY CALENDAR_YEAR(CreatedDate), CALENDAR_QUARTER(CreatedDate) ORDER BY CALENDAR_QUARTER(CreatedDate) DESC"));
  }

  @Test
  void dateFunctionsReadDateTimesInUtcUnlessConvertTimezoneIsUsed() {
    SoqlFixture f = new SoqlFixture();
    f.create("Account", "Name", "Late November", "CreatedDate", "2026-11-30T20:00:00Z");
    SoqlEngine seoul = f.engine(SoqlFixture.NOW, SoqlFixture.SEOUL);
    assertEquals(List.of(11), SoqlFixture.column(SoqlFixture.run(seoul,
        "SELECT CALENDAR_MONTH(CreatedDate) m FROM Account GROUP BY CALENDAR_MONTH(CreatedDate)"), "m"));
    assertEquals(List.of(12), SoqlFixture.column(SoqlFixture.run(seoul,
        "SELECT CALENDAR_MONTH(convertTimezone(CreatedDate)) m FROM Account GROUP BY CALENDAR_MONTH(convertTimezone(CreatedDate))"), "m"));
    assertEquals(List.of(Instant.parse("2026-11-30T20:00:00Z").atZone(SoqlFixture.SEOUL).toLocalDate()),
        SoqlFixture.column(SoqlFixture.run(seoul,
            "SELECT DAY_ONLY(convertTimezone(CreatedDate)) d FROM Account GROUP BY DAY_ONLY(convertTimezone(CreatedDate))"), "d"));
  }

  @Test
  void textGroupsIgnoreCaseAndShowTheFirstSpelling() {
    SoqlFixture f = new SoqlFixture();
    f.create("Account", "Name", "a", "BillingCity", "Austin");
    f.create("Account", "Name", "b", "BillingCity", "AUSTIN");
    f.create("Account", "Name", "c", "BillingCity", "Boston");
    SoqlResult r = f.run("SELECT BillingCity, COUNT(Id) FROM Account GROUP BY BillingCity");
    assertEquals(Arrays.asList("Austin", "Boston"), SoqlFixture.column(r, "BillingCity"));
    assertEquals(Arrays.asList(2, 1), SoqlFixture.column(r, "expr0"));
  }

  @Test
  void limitAndOffsetPageGroups() {
    assertEquals(List.of(row("Industry", "Banking", "expr0", 2)),
        rows("SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry LIMIT 1 OFFSET 1"));
  }

  @Test
  void countOfGroupsWithCountAlone() {
    assertEquals(3, org.run("SELECT COUNT() FROM Account GROUP BY Industry").totalSize());
  }

  @Test
  void minAndMaxWorkOnDates() {
    List<LinkedHashMap<String, Object>> r = rows("SELECT MIN(CloseDate) first, MAX(CloseDate) last FROM Opportunity");
    assertEquals(java.time.LocalDate.parse("2025-06-15"), r.get(0).get("first"));
    assertEquals(java.time.LocalDate.parse("2026-12-01"), r.get(0).get("last"));
    assertNull(rows("SELECT MAX(CloseDate) FROM Opportunity WHERE Name = 'none'").get(0).get("expr0"));
  }
}
