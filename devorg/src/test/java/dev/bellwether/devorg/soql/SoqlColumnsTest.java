package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column metadata in the shape sf CLI's query?columns=true reads (see plugin-data's exemplars). */
class SoqlColumnsTest {
  private final SoqlFixture org = new SampleOrg().org;

  private static ResultColumn field(String name, String apexType, boolean number, boolean text, boolean writable) {
    return new ResultColumn(name, name, apexType, false, false, number, text, false, writable, writable, null, List.of());
  }

  @Test
  void fieldAndRelationshipColumnsDescribeTheSelectList() throws SoqlException {
    SoqlQuery q = org.engine().parse("SELECT Id, Name, Owner.Name, NumberOfEmployees, IsDeleted, CreatedDate FROM Account");
    assertEquals(List.of(
        field("Id", "Id", false, false, false),
        field("Name", "String", false, true, true),
        new ResultColumn("Owner", "Owner", null, false, false, false, false, false, false, false, "OwnerId",
            List.of(field("Name", "String", false, true, false))),
        field("NumberOfEmployees", "Integer", true, false, true),
        new ResultColumn("IsDeleted", "IsDeleted", "Boolean", false, true, false, false, false, false, false, null, List.of()),
        field("CreatedDate", "Datetime", false, false, false)), q.columns());
  }

  @Test
  void currencyIsDecimalAndDatesAreDate() throws SoqlException {
    List<ResultColumn> cols = org.engine().parse("SELECT Amount, CloseDate FROM Opportunity").columns();
    assertEquals("Decimal", cols.get(0).apexType());
    assertEquals("Date", cols.get(1).apexType());
  }

  @Test
  void aggregateColumnsAreNamedExprNAndDisplayedAsWritten() {
    SoqlResult r = org.run("SELECT Industry, COUNT(Id), AVG(AnnualRevenue) avgRev FROM Account GROUP BY Industry");
    assertEquals(List.of(
        field("Industry", "String", false, true, true),
        new ResultColumn("expr0", "count(Id)", null, true, false, true, false, false, false, false, null, List.of()),
        new ResultColumn("avgRev", "avg(AnnualRevenue)", null, true, false, true, false, false, false, false, null, List.of())),
        r.columns());
  }

  @Test
  void resultCarriesTheSameColumnsAsParse() throws SoqlException {
    String soql = "SELECT Name, Account.Owner.Email FROM Contact";
    assertEquals(org.engine().parse(soql).columns(), org.run(soql).columns());
    ResultColumn account = org.run(soql).columns().get(1);
    assertEquals("AccountId", account.foreignKeyName());
    assertEquals("OwnerId", account.joinColumns().get(0).foreignKeyName());
    assertEquals("Email", account.joinColumns().get(0).joinColumns().get(0).columnName());
  }
}
