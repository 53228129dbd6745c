package dev.bellwether.connector.salesforce.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.connector.salesforce.soql.Condition.And;
import dev.bellwether.connector.salesforce.soql.Condition.In;
import dev.bellwether.connector.salesforce.soql.Condition.IsNotNull;
import dev.bellwether.connector.salesforce.soql.Condition.IsNull;
import dev.bellwether.connector.salesforce.soql.Condition.Like;
import dev.bellwether.connector.salesforce.soql.Condition.Not;
import dev.bellwether.connector.salesforce.soql.Condition.NotIn;
import dev.bellwether.connector.salesforce.soql.Condition.Or;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendering of every condition and of whole queries, with and without a namespace. */
class SoqlBuilderTest {
  private static final Namespace BW = new Namespace("bw");

  private static String soql(Condition c) {
    return c.toSoql(Namespace.NONE);
  }

  @Test
  void aMinimalQuery() {
    assertEquals("SELECT Id, Name FROM Account", SoqlBuilder.select("Id", "Name").from("Account").build());
  }

  @Test
  void everyClauseInOrder() {
    String soql = SoqlBuilder.select(List.of("Id", "Name", "Owner.Name")).from("Account")
        .where(Condition.eq("Name", "Acme")).orderBy("SystemModstamp", true).orderBy("Id", false).limit(200)
        .build();
    assertEquals("SELECT Id, Name, Owner.Name FROM Account WHERE Name = 'Acme'"
        + " ORDER BY SystemModstamp ASC, Id DESC LIMIT 200", soql);
  }

  @Test
  void everyComparisonOperator() {
    assertEquals("N = 1", soql(Condition.compare("N", Operator.EQ, 1)));
    assertEquals("N != 1", soql(Condition.compare("N", Operator.NE, 1)));
    assertEquals("N < 1", soql(Condition.compare("N", Operator.LT, 1)));
    assertEquals("N <= 1", soql(Condition.compare("N", Operator.LE, 1)));
    assertEquals("N > 1", soql(Condition.compare("N", Operator.GT, 1)));
    assertEquals("N >= 1.50", soql(Condition.compare("N", Operator.GE, new BigDecimal("1.50"))));
    assertEquals("D >= 2025-01-02", soql(Condition.compare("D", Operator.GE, LocalDate.of(2025, 1, 2))));
    assertEquals("T < 2025-01-02T03:04:05.000Z",
        soql(Condition.compare("T", Operator.LT, Instant.parse("2025-01-02T03:04:05Z"))));
    assertEquals("B = true", soql(Condition.eq("B", true)));
    assertEquals("S = null", soql(Condition.eq("S", null)));
    assertEquals("S != null", soql(Condition.ne("S", null)));
  }

  @Test
  void orderingWithNullIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Condition.compare("N", Operator.LT, null));
  }

  @Test
  void listsNullsAndLike() {
    assertEquals("Id IN ('001A', '001B')", soql(new In("Id", List.of("001A", "001B"))));
    assertEquals("Tier__c NOT IN ('Gold', null)", soql(new NotIn("Tier__c", Arrays.asList("Gold", null))));
    assertEquals("Amount IN (1, 2.5)", soql(new In("Amount", List.of(1L, new BigDecimal("2.5")))));
    assertEquals("Name = null", soql(new IsNull("Name")));
    assertEquals("Name != null", soql(new IsNotNull("Name")));
    assertEquals("Name LIKE 'Ac_e%'", soql(new Like("Name", "Ac_e%")));
    assertEquals("Name LIKE '%50\\% o\\_ff%'", soql(Like.contains("Name", "50% o_ff")));
    assertEquals("Name LIKE 'O\\'B%'", soql(Like.startsWith("Name", "O'B")));
  }

  @Test
  void emptyListsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new In("Id", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new NotIn("Id", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new And(List.of()));
  }

  @Test
  void mixedAndOrAndNotAreAlwaysParenthesised() {
    Condition a = Condition.eq("A", 1);
    Condition b = Condition.eq("B", 2);
    Condition c = Condition.eq("C", 3);
    assertEquals("A = 1 AND B = 2", soql(Condition.and(a, b)));
    assertEquals("A = 1 OR B = 2", soql(Condition.or(a, b)));
    assertEquals("A = 1 AND (B = 2 OR C = 3)", soql(Condition.and(a, Condition.or(b, c))));
    assertEquals("(A = 1 AND B = 2) OR C = 3", soql(Condition.or(Condition.and(a, b), c)));
    assertEquals("NOT (A = 1)", soql(new Not(a)));
    assertEquals("NOT (A = 1 OR B = 2)", soql(new Not(Condition.or(a, b))));
    assertEquals("A = 1 AND (NOT (B = 2))", soql(Condition.and(a, new Not(b))));
    assertEquals("A = 1", soql(Condition.and(a)));
  }

  @Test
  void aSecondWhereIsAndedWithTheFirst() {
    String soql = SoqlBuilder.select("Id").from("Account").where(Condition.or(Condition.eq("A", 1),
        Condition.eq("B", 2))).where(Condition.eq("C", 3)).build();
    assertEquals("SELECT Id FROM Account WHERE (A = 1 OR B = 2) AND C = 3", soql);
  }

  @Test
  void theNamespaceQualifiesObjectSelectConditionsAndOrder() {
    String soql = SoqlBuilder.select("Id", "Score__c", "Account__r.Name", "Name").namespace(BW)
        .from("CS_Health__c").where(Condition.and(new Condition.Comparison("Score__c", Operator.GT, 50),
            Like.contains("Account__r.Name", "x"))).orderBy("Score__c", false).build();
    assertEquals("SELECT Id, bw__Score__c, bw__Account__r.Name, Name FROM bw__CS_Health__c"
        + " WHERE bw__Score__c > 50 AND bw__Account__r.Name LIKE '%x%' ORDER BY bw__Score__c DESC", soql);
  }

  @Test
  void duplicateFieldsAreSelectedOnce() {
    assertEquals("SELECT Id, Name FROM Account",
        SoqlBuilder.select("Id", "Name", "id", "Id").from("Account").build());
    assertEquals("SELECT bw__Score__c FROM Account",
        SoqlBuilder.select("Score__c", "bw__Score__c").namespace(BW).from("Account").build());
  }

  @Test
  void theBuilderIsImmutable() {
    SoqlBuilder base = SoqlBuilder.select("Id").from("Account");
    String limited = base.limit(5).build();
    assertEquals("SELECT Id FROM Account", base.build());
    assertEquals("SELECT Id FROM Account LIMIT 5", limited);
  }

  @Test
  void badNamesAndShapesFailWhereTheyAreGiven() {
    assertThrows(IllegalArgumentException.class, () -> SoqlBuilder.select("Name FROM User--"));
    assertThrows(IllegalArgumentException.class, () -> SoqlBuilder.select("Id,(SELECT Id FROM Contacts)"));
    assertThrows(IllegalArgumentException.class, () -> SoqlBuilder.select("Id").from("Account WHERE Id != null"));
    assertThrows(IllegalArgumentException.class, () -> SoqlBuilder.select("Id").orderBy("Id DESC, Name", true));
    assertThrows(IllegalArgumentException.class, () -> Condition.eq("Name = 'x' OR Name", "y"));
    assertThrows(IllegalArgumentException.class, () -> SoqlBuilder.select(List.of()));
    assertThrows(IllegalArgumentException.class, () -> SoqlBuilder.select("Id").limit(-1));
    assertThrows(IllegalStateException.class, () -> SoqlBuilder.select("Id").build());
    assertThrows(IllegalArgumentException.class, () -> Condition.eq("Name", new StringBuilder("x")));
    assertThrows(IllegalArgumentException.class, () -> new Like("Name", "bad\\escape"));
  }
}
