package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlWhereTest {
  private static final String ACME = "Acme Corp";
  private static final String STARK = "Stark_Industries 100%";
  private final SampleOrg s = new SampleOrg();
  private final SoqlFixture org = s.org;

  private List<Object> names(String where) {
    return org.column("SELECT Name FROM Account WHERE " + where, "Name");
  }

  @Test
  void textEqualityIgnoresCase() {
    assertEquals(List.of(ACME), names("Name = 'ACME corp'"));
    assertEquals(List.of("Initech"), names("BillingCity = 'austin'"));
  }

  @Test
  void notEqualsIncludesNullsAsInSalesforce() {
    assertEquals(List.of("Globex", "acorn", STARK), names("Industry != 'Banking'"));
    assertEquals(List.of("Globex", "acorn", STARK), names("Industry <> 'BANKING'"));
  }

  @Test
  void equalsNullAndNotEqualsNullTestForMissingValues() {
    assertEquals(List.of("acorn"), names("Industry = null"));
    assertEquals(List.of(ACME, "Globex", "Initech", STARK), names("Industry != null"));
  }

  @Test
  void textOrderingComparisonsIgnoreCase() {
    assertEquals(List.of(ACME, "acorn"), names("Name < 'B'"));
    assertEquals(List.of("Initech", STARK), names("Name >= 'initech'"));
  }

  @Test
  void numberComparisonsSkipNulls() {
    assertEquals(List.of(ACME, "acorn", STARK), names("NumberOfEmployees > 100"));
    assertEquals(List.of(ACME, "acorn", STARK), names("NumberOfEmployees >= 120"));
    assertEquals(List.of("Globex"), names("NumberOfEmployees < 100"));
    assertEquals(List.of("Globex", "acorn"), names("NumberOfEmployees <= 120"));
    assertEquals(List.of("Globex"), names("NumberOfEmployees = 50.0"));
    assertEquals(List.of(ACME, "acorn", STARK), names("NumberOfEmployees > 50.5"));
    assertEquals(List.of(ACME, "Initech", "acorn", STARK), names("NumberOfEmployees != 50"));
    assertEquals(List.of("Globex"), names("NumberOfEmployees > -1 AND NumberOfEmployees < 51"));
  }

  @Test
  void currencyComparesAsDecimal() {
    assertEquals(List.of(ACME), names("AnnualRevenue > 1000000"));
    assertEquals(List.of(ACME), names("AnnualRevenue = 1000000.5"));
    assertEquals(List.of(), names("AnnualRevenue > 1000000.50"));
  }

  @Test
  void likeMatchesWildcardsWithoutRegardToCase() {
    assertEquals(List.of(ACME, "acorn"), names("Name LIKE 'a%'"));
    assertEquals(List.of(ACME), names("Name LIKE '%CORP'"));
    assertEquals(List.of("Globex"), names("Name LIKE 'G_obex'"));
    assertEquals(List.of("Globex"), names("Name LIKE '%e%x%'"));
    assertEquals(List.of(), names("Name LIKE 'Glob'"));
  }

  @Test
  void likeEscapesMakeWildcardsLiteral() {
    assertEquals(List.of(STARK), names("Name LIKE '%\\_%'"));
    assertEquals(List.of(STARK), names("Name LIKE '%100\\%'"));
    assertEquals(List.of(), names("Name LIKE 'Acme\\%'"));
  }

  @Test
  void inAndNotInMatchListsWithoutRegardToCase() {
    assertEquals(List.of(ACME, "Globex", "Initech", STARK), names("Industry IN ('banking', 'Energy')"));
    assertEquals(List.of("Globex", "acorn", STARK), names("Industry NOT IN ('Banking')"));
    assertEquals(List.of(ACME, "Initech", "acorn"), names("Industry IN ('Banking', null)"));
    assertEquals(List.of(ACME, "Globex"), names("NumberOfEmployees IN (50, 500)"));
  }

  @Test
  void booleanFieldsCompareWithTrueAndFalse() {
    assertEquals(5, names("IsDeleted = false").size());
    assertEquals(0, names("IsDeleted = TRUE").size());
  }

  @Test
  void andOrAndNotCombineWithParentheses() {
    assertEquals(List.of(ACME, STARK), names("(Industry = 'Banking' OR Industry = 'Energy') AND NumberOfEmployees > 100"));
    assertEquals(List.of(ACME, "Initech", STARK), names("Industry = 'Banking' OR (Industry = 'Energy' AND NumberOfEmployees > 100)"));
    assertEquals(List.of("Globex", "acorn", STARK), names("NOT Industry = 'Banking'"));
    assertEquals(List.of("acorn"), names("NOT (Industry = 'Banking' OR Industry = 'Energy')"));
    assertEquals(List.of("Globex"), names("Industry = 'Energy' AND (NOT Name LIKE 'Stark%')"));
    assertEquals(List.of(ACME), names("Industry = 'Banking' AND NumberOfEmployees > 1 AND Name LIKE 'A%'"));
  }

  @Test
  void dateTimeLiteralsAcceptZuluFractionsAndOffsets() {
    assertEquals(List.of("Initech", "acorn", STARK), names("CreatedDate > 2026-11-01T00:00:00Z"));
    assertEquals(List.of("Initech"), names("CreatedDate = 2026-11-20T10:00:00.000Z"));
    assertEquals(List.of("Initech"), names("CreatedDate = 2026-11-20T15:30:00+05:30"));
    assertEquals(List.of("Initech"), names("CreatedDate = 2026-11-20T02:00:00-0800"));
  }

  @Test
  void dateLiteralsCompareWithDateFields() {
    assertEquals(List.of("Acme Deal"), org.column("SELECT Name FROM Opportunity WHERE CloseDate > 2026-11-01", "Name"));
    assertEquals(List.of("Globex Deal", "Acme Renewal"), org.column("SELECT Name FROM Opportunity WHERE CloseDate <= 2026-11-01", "Name"));
  }

  @Test
  void dateFunctionsFilterOnParts() {
    assertEquals(List.of("Acme Renewal"), org.column("SELECT Name FROM Opportunity WHERE CALENDAR_YEAR(CloseDate) = 2025", "Name"));
    assertEquals(List.of("Globex Deal", "Acme Renewal"), org.column("SELECT Name FROM Opportunity WHERE StageName = 'Closed Won' AND CALENDAR_MONTH(CloseDate) IN (6, 11)", "Name"));
    assertEquals(List.of("acorn"), names("DAY_ONLY(CreatedDate) = 2026-11-22"));
  }

  @Test
  void relationshipPathsFilterOnParentValues() {
    assertEquals(List.of("Smith"), org.column("SELECT LastName FROM Contact WHERE Account.Industry = 'Banking'", "LastName"));
    assertEquals(List.of("Orphan"), org.column("SELECT LastName FROM Contact WHERE Account.Name = null", "LastName"));
    assertEquals(List.of("Globex", "Initech"), names("Owner.Name = 'Bob Baker'"));
    assertEquals(List.of("Globex", "Initech"), names("Owner.Manager.Name = 'ada admin'"));
  }

  @Test
  void referenceFieldsCompareByIdInEitherForm() {
    assertEquals(List.of("Globex", "Initech"), names("OwnerId = '" + s.bob.substring(0, 15) + "'"));
    assertEquals(List.of("Smith"), org.column("SELECT LastName FROM Contact WHERE AccountId = '" + s.acme + "'", "LastName"));
  }

  @Test
  void semiJoinKeepsRowsWhoseIdTheSubSelectReturns() {
    assertEquals(List.of(ACME, "Globex"), names("Id IN (SELECT AccountId FROM Opportunity WHERE StageName = 'Closed Won')"));
    assertEquals(List.of("Initech", "acorn", STARK), names("Id NOT IN (SELECT AccountId FROM Opportunity)"));
    assertEquals(List.of("Smith"), org.column(
        "SELECT LastName FROM Contact WHERE AccountId IN (SELECT Id FROM Account WHERE Industry = 'Banking')", "LastName"));
    assertEquals(List.of(ACME), names("Industry = 'Banking' AND Id IN (SELECT AccountId FROM Opportunity)"));
  }

  @Test
  void includesAndExcludesMatchMultiSelectValues() {
    org.create("Account", "Name", "Multi", "BillingState", "CA;NY;TX");
    assertEquals(List.of("Multi"), names("BillingState INCLUDES ('ny')"));
    assertEquals(List.of("Multi"), names("BillingState INCLUDES ('WA', 'tx;ca')"));
    assertEquals(List.of(), names("BillingState INCLUDES ('CA;WA')"));
    assertEquals(6, names("BillingState EXCLUDES ('WA')").size());
    assertEquals(5, names("BillingState EXCLUDES ('CA')").size());
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertEquals(List.of(ACME), org.column("select name from account where name like 'acme%' and industry in ('banking') order by name asc nulls first limit 1", "Name"));
  }

  @Test
  void stringEscapesDecode() {
    org.create("Account", "Name", "O'Brien \\ Sons");
    assertEquals(List.of("O'Brien \\ Sons"), names("Name = 'O\\'Brien \\\\ Sons'"));
  }
}
