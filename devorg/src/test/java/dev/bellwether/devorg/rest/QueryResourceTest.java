package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.rest.RestClient.Answer;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryResourceTest {
  private static DevOrg devorg;
  private static RestClient rest;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    rest = new RestClient(devorg);
    Org org = devorg.org();
    List<WriteOp> ops = new ArrayList<>();
    for (int i = 0; i < 4500; i++) {
      ops.add(new WriteOp.Create("Account", Map.of("Name", String.format("Page %04d", i),
          "Industry", i % 3 == 0 ? "Energy" : "Retail")));
    }
    List<WriteResult> results = org.store().apply(ops, true, org.writeAs(org.adminUserId()));
    assertTrue(results.stream().allMatch(WriteResult::success));
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  private static String q(String soql) {
    return URLEncoder.encode(soql, StandardCharsets.UTF_8);
  }

  @Test
  void fortyFiveHundredRecordsComeInThreePages() {
    Answer first = rest.get(V + "/query?q=" + q("SELECT Id, Name FROM Account WHERE Name LIKE 'Page %'"));
    assertEquals(200, first.status(), first.body());
    JsonNode p1 = first.json();
    assertEquals(4500, p1.path("totalSize").asInt());
    assertFalse(p1.path("done").asBoolean());
    assertEquals(2000, p1.path("records").size());
    String next = p1.path("nextRecordsUrl").asText();
    assertTrue(next.matches("/services/data/v64\\.0/query/01g[0-9A-Za-z]{15}-2000"), next);
    assertEquals("Page 0000", p1.path("records").get(0).path("Name").asText());

    JsonNode p2 = rest.get(next).json();
    assertEquals(4500, p2.path("totalSize").asInt());
    assertFalse(p2.path("done").asBoolean());
    assertEquals(2000, p2.path("records").size());
    String next2 = p2.path("nextRecordsUrl").asText();
    assertEquals(next.replace("-2000", "-4000"), next2);
    assertEquals("Page 2000", p2.path("records").get(0).path("Name").asText());

    JsonNode p3 = rest.get(next2).json();
    assertTrue(p3.path("done").asBoolean());
    assertFalse(p3.has("nextRecordsUrl"));
    assertEquals(500, p3.path("records").size());
    assertEquals("Page 4499", p3.path("records").get(499).path("Name").asText());

    Set<String> ids = new HashSet<>();
    for (JsonNode page : List.of(p1, p2, p3)) {
      page.path("records").forEach(r -> ids.add(r.path("Id").asText()));
    }
    assertEquals(4500, ids.size());
    // The cursor is released after its last page.
    assertEquals("INVALID_QUERY_LOCATOR", rest.get(next2).errorCode());
  }

  @Test
  void batchSizeHeaderSetsThePageSizeWithinSalesforceBounds() {
    String path = V + "/query?q=" + q("SELECT Id FROM Account WHERE Industry = 'Energy'");
    Answer a = rest.send("GET", path, null, rest.token(), "Sforce-Query-Options", "batchSize=500");
    assertEquals(1500, a.json().path("totalSize").asInt());
    assertEquals(500, a.json().path("records").size());
    assertTrue(a.json().path("nextRecordsUrl").asText().endsWith("-500"));
    Answer small = rest.send("GET", path, null, rest.token(), "Sforce-Query-Options", "batchSize=10");
    assertEquals(200, small.json().path("records").size(), "200 is the smallest batch");
    JsonNode second = rest.get(small.json().path("nextRecordsUrl").asText()).json();
    assertEquals(200, second.path("records").size(), "later pages keep the cursor's batch size");
  }

  @Test
  void queryAllPagesWithQueryAllLocators() {
    Answer a = rest.get(V + "/queryAll?q=" + q("SELECT Id FROM Account"));
    assertTrue(a.json().path("nextRecordsUrl").asText().startsWith(V + "/queryAll/01g"));
    assertEquals(2000, rest.get(a.json().path("nextRecordsUrl").asText()).json().path("records").size());
  }

  @Test
  void recordsCarryAttributesAndNestedRelationships() {
    String accountId = rest.create("Account", "{\"Name\":\"Rel Parent\"}");
    String withAccount = rest.create("Contact", "{\"LastName\":\"Rel One\",\"AccountId\":\"" + accountId + "\"}");
    rest.create("Contact", "{\"LastName\":\"Rel Two\"}");
    Answer a = rest.get(V + "/query?q=" + q("SELECT Id, LastName, Account.Name, Owner.Username FROM Contact WHERE LastName LIKE 'Rel %' ORDER BY LastName"));
    assertEquals(200, a.status(), a.body());
    JsonNode one = a.json().path("records").get(0);
    assertEquals("{\"type\":\"Contact\",\"url\":\"" + V + "/sobjects/Contact/" + withAccount + "\"}", one.path("attributes").toString());
    assertEquals("{\"attributes\":{\"type\":\"Account\",\"url\":\"" + V + "/sobjects/Account/" + accountId + "\"},\"Name\":\"Rel Parent\"}",
        one.path("Account").toString());
    assertEquals("admin@bellwether.devorg", one.path("Owner").path("Username").asText());
    JsonNode two = a.json().path("records").get(1);
    assertTrue(two.get("Account").isNull(), "a null lookup gives a null relationship");
  }

  @Test
  void valuesUseSalesforceJsonForms() {
    String id = rest.create("Opportunity", "{\"Name\":\"Forms\",\"StageName\":\"Prospecting\","
        + "\"CloseDate\":\"2025-03-31\",\"Amount\":1250.5,\"Probability\":10}");
    Answer a = rest.get(V + "/query?q=" + q("SELECT CloseDate, Amount, Probability, IsClosed, CreatedDate FROM Opportunity WHERE Id = '" + id + "'"));
    JsonNode r = a.json().path("records").get(0);
    assertEquals("2025-03-31", r.path("CloseDate").asText());
    assertEquals("1250.5", r.path("Amount").toString());
    assertEquals("10", r.path("Probability").toString());
    assertEquals("false", r.path("IsClosed").toString());
    assertTrue(r.path("CreatedDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
  }

  @Test
  void aggregateRowsAreAggregateResults() {
    Answer a = rest.get(V + "/query?q=" + q("SELECT Industry, COUNT(Id) FROM Account WHERE Name LIKE 'Page %' GROUP BY Industry ORDER BY Industry"));
    assertEquals(200, a.status(), a.body());
    assertEquals("{\"totalSize\":2,\"done\":true,\"records\":["
        + "{\"attributes\":{\"type\":\"AggregateResult\"},\"Industry\":\"Energy\",\"expr0\":1500},"
        + "{\"attributes\":{\"type\":\"AggregateResult\"},\"Industry\":\"Retail\",\"expr0\":3000}]}", a.body());
  }

  @Test
  void countAloneAnswersTotalSizeWithoutRecords() {
    Answer a = rest.get(V + "/query?q=" + q("SELECT COUNT() FROM Account WHERE Name LIKE 'Page %'"));
    assertEquals("{\"totalSize\":4500,\"done\":true,\"records\":[]}", a.body());
  }

  @Test
  void queryAllIncludesDeletedRecords() {
    String id = rest.create("Account", "{\"Name\":\"Gone Soon\"}");
    rest.delete(V + "/sobjects/Account/" + id);
    String soql = q("SELECT Id, IsDeleted FROM Account WHERE Name = 'Gone Soon'");
    assertEquals(0, rest.get(V + "/query?q=" + soql).json().path("totalSize").asInt());
    JsonNode all = rest.get(V + "/queryAll?q=" + soql).json();
    assertEquals(1, all.path("totalSize").asInt());
    assertTrue(all.path("records").get(0).path("IsDeleted").asBoolean());
  }

  @Test
  void columnsTrueAnswersColumnMetadataWithJoinColumns() {
    Answer a = rest.get(V + "/query?q=" + q("SELECT Id, Name, Owner.Name FROM Account LIMIT 1") + "&columns=true");
    assertEquals(200, a.status(), a.body());
    JsonNode cols = a.json().path("columnMetadata");
    assertEquals(3, cols.size());
    assertEquals("{\"aggregate\":false,\"apexType\":\"Id\",\"booleanType\":false,\"columnName\":\"Id\",\"custom\":false,"
        + "\"displayName\":\"Id\",\"foreignKeyName\":null,\"insertable\":false,\"joinColumns\":[],\"numberType\":false,"
        + "\"textType\":false,\"updatable\":false}", cols.get(0).toString());
    assertEquals("String", cols.get(1).path("apexType").asText());
    assertTrue(cols.get(1).path("insertable").asBoolean());
    JsonNode owner = cols.get(2);
    assertEquals("Owner", owner.path("columnName").asText());
    assertEquals("OwnerId", owner.path("foreignKeyName").asText());
    assertEquals("Name", owner.path("joinColumns").get(0).path("columnName").asText());
    assertEquals("Account", a.json().path("entityName").asText());
    assertFalse(a.json().has("records"));
  }

  @Test
  void soqlErrorsAnswer400WithSalesforceCaretMessages() {
    Answer field = rest.get(V + "/query?q=" + q("SELECT Id, No_Such_Field__c FROM Account"));
    assertEquals(400, field.status());
    assertEquals("[{\"message\":\"\\nSELECT Id, No_Such_Field__c FROM Account\\n           ^\\nERROR at Row:1:Column:12\\n"
        + "No such column 'No_Such_Field__c' on entity 'Account'. If you are attempting to use a custom field, be sure to "
        + "append the '__c' after the custom field name. Please reference your WSDL or the describe call for the "
        + "appropriate names.\",\"errorCode\":\"INVALID_FIELD\"}]", field.body());
    Answer type = rest.get("/services/data/v51.0/query?q=" + q("SELECT Id FROM ScratchOrgInfo limit 1"));
    assertEquals(400, type.status());
    assertEquals("INVALID_TYPE", type.errorCode());
    assertTrue(type.json().get(0).path("message").asText().contains("sObject type 'ScratchOrgInfo' is not supported."));
    Answer malformed = rest.get(V + "/query?q=" + q("SELEKT Id FROM Account"));
    assertEquals("MALFORMED_QUERY", malformed.errorCode());
    Answer none = rest.get(V + "/query");
    assertEquals("[{\"message\":\"A query string has to be specified\",\"errorCode\":\"MALFORMED_QUERY\"}]", none.body());
  }

  @Test
  void organizationQueryOfTheSalesforceCliAnswersOneRow() {
    Answer a = rest.get("//services/data/v65.0/query?q=" + q("SELECT Name, InstanceName, IsSandbox, TrialExpirationDate, NamespacePrefix, OrganizationType FROM Organization"));
    assertEquals(200, a.status(), a.body());
    JsonNode r = a.json().path("records").get(0);
    assertEquals("Bellwether Dev Org", r.path("Name").asText());
    assertFalse(r.path("IsSandbox").asBoolean());
    assertTrue(r.get("TrialExpirationDate").isNull());
    assertEquals("/services/data/v65.0/sobjects/Organization/00D000000000001EAA", r.path("attributes").path("url").asText());
  }

  @Test
  void locatorsAreCheckedAndBelongToTheirUser() {
    Answer first = rest.get(V + "/query?q=" + q("SELECT Id FROM Account"));
    String next = first.json().path("nextRecordsUrl").asText();
    String otherToken = devorg.org().sessions().open(devorg.org().id(), devorg.org().adminUserId(), "other").token();
    assertEquals(200, rest.send("GET", next, null, otherToken).status(), "same user, other session");
    String base = next.substring(0, next.lastIndexOf('-'));
    assertEquals("INVALID_QUERY_LOCATOR", rest.get(base + "-99999").errorCode());
    assertEquals("INVALID_QUERY_LOCATOR", rest.get(V + "/query/nonsense").errorCode());
    assertTrue(first.json().get("done").isBoolean());
  }
}
