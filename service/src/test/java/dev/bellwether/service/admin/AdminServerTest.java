package dev.bellwether.service.admin;

import static dev.bellwether.service.admin.AdminFixture.NOW;
import static dev.bellwether.service.admin.AdminFixture.ORG;
import static dev.bellwether.service.admin.AdminFixture.OTHER_ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.service.admin.AdminFixture.CliResult;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The admin API served by a started {@link AdminServer}, called over real HTTP, on H2 and PostgreSQL. */
class AdminServerTest {
  private static final AdminToken TOKEN = new AdminToken("s3cret-admin-token", "the test", false);

  @TempDir
  Path workDir;

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void syncCallsNeedTheBearerTokenAndHealthDoesNot(TestDatabase db) throws Exception {
    AdminFixture.synced(db.store(), ORG, "Account");
    try (AdminServer server = start(db.store())) {
      AdminClient client = new AdminClient(server.baseUri());

      HttpResponse<String> none = client.get("admin/sync/status", null);
      assertEquals(401, none.statusCode());
      assertEquals("unauthorized", AdminClient.json(none).get("error").asText());
      assertTrue(AdminClient.json(none).get("message").asText().contains("Authorization: Bearer"));
      assertEquals("Bearer realm=\"bellwether-admin\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
      HttpResponse<String> wrong = client.get("admin/sync/status", "not-the-token");
      assertEquals(401, wrong.statusCode());
      assertEquals("invalid_token", AdminClient.json(wrong).get("error").asText());
      assertTrue(!wrong.body().contains(TOKEN.value()), "the token is never echoed");
      assertEquals(401, client.post("admin/sync/parked/1/retry", null).statusCode());
      assertEquals(401, client.get("admin/sync/nothing-here", null).statusCode(), "unknown paths reveal nothing");

      assertEquals(200, client.get("admin/sync/status", TOKEN.value()).statusCode());
      HttpResponse<String> health = client.get("admin/health", null);
      assertEquals(200, health.statusCode());
      assertEquals("ok", AdminClient.json(health).get("status").asText());
      assertEquals("application/json", health.headers().firstValue("Content-Type").orElse(""));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void unknownPathsAndWrongMethodsAnswerJsonErrors(TestDatabase db) throws Exception {
    try (AdminServer server = start(db.store())) {
      AdminClient client = new AdminClient(server.baseUri());

      HttpResponse<String> unknown = client.get("admin/sync/nothing-here", TOKEN.value());
      assertEquals(404, unknown.statusCode());
      assertEquals("not_found", AdminClient.json(unknown).get("error").asText());
      HttpResponse<String> wrongMethod = client.post("admin/sync/status", TOKEN.value());
      assertEquals(405, wrongMethod.statusCode());
      assertEquals("method_not_allowed", AdminClient.json(wrongMethod).get("error").asText());
      assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"), wrongMethod.headers().map()
          .toString());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void statusIsExactlyTheClisJsonWithOutboxAndConflictCounts(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    AdminFixture.pending(store, ORG, "Account", "acct-1");
    AdminFixture.parked(store, ORG, "Account", "acct-2", "INVALID_FIELD", "No such column 'Colour__c'");
    AdminFixture.conflict(store, ORG, "Account", "001000000000001AAA", "Description", NOW, "\"crm\"", "\"ours\"");
    try (AdminServer server = start(store)) {
      HttpResponse<String> response = new AdminClient(server.baseUri()).get("admin/sync/status", TOKEN.value());
      CliResult cli = AdminFixture.cli(db, workDir, Map.of(), "sync", "status", "--json");

      assertEquals(200, response.statusCode(), response.body());
      assertEquals(0, cli.code(), cli.toString());
      assertEquals(cli.out().strip(), response.body(), "one writer: the CLI's JSON and the API's are the same text");
      JsonNode account = object(AdminClient.json(response), "Account");
      assertEquals(1, account.get("pending").asLong());
      assertEquals(1, account.get("parked").asLong());
      assertEquals(1, account.get("conflicts").asLong());
      assertEquals(4, account.get("apiCalls").asLong());
      assertEquals(AdminFixture.mappedObjects().size(), AdminClient.json(response).get("objects").size());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void parkedRecordsAreListedWithTheCrmsReasonAndRetryGivesOneAFreshStart(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    long first = AdminFixture.parked(store, ORG, "CS_Health__c", "h-1", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
        "bad value for restricted picklist field: Purple");
    long second = AdminFixture.parked(store, ORG, "Account", "acct-9", "DUPLICATE_VALUE", "duplicate value found");
    long waiting = AdminFixture.pending(store, ORG, "Account", "acct-10");
    try (AdminServer server = start(store)) {
      AdminClient client = new AdminClient(server.baseUri());

      HttpResponse<String> list = client.get("admin/sync/parked", TOKEN.value());

      assertEquals(200, list.statusCode(), list.body());
      assertEquals(AdminFixture.cli(db, workDir, Map.of(), "sync", "parked", "--json").out().strip(), list.body());
      JsonNode parked = AdminClient.json(list).get("parked");
      assertEquals(List.of(first, second), ids(parked));
      JsonNode health = parked.get(0);
      assertEquals("CS_Health__c", health.get("object").asText());
      assertEquals("h-1", health.get("externalId").asText());
      assertEquals("Value of h-1", health.get("fields").get("Name").asText());
      assertEquals(1, health.get("attempts").asInt());
      assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", health.get("lastErrorCode").asText());
      assertTrue(health.get("lastErrorMessage").asText().contains("Purple"));
      assertEquals(NOW.minusSeconds(30).toString(), health.get("createdAt").asText());

      HttpResponse<String> retry = client.post("admin/sync/parked/" + first + "/retry", TOKEN.value());

      assertEquals(200, retry.statusCode(), retry.body());
      assertEquals("pending", AdminClient.json(retry).get("status").asText());
      assertEquals(List.of(second), ids(AdminClient.json(client.get("admin/sync/parked", TOKEN.value()))
          .get("parked")));
      assertEquals(new OutboxCounts(1, 0, 0), store.outbox().counts(ORG, "CS_Health__c"));
      assertEquals(first, store.outbox().claimDue(ORG, "CS_Health__c", 10, NOW).get(0).id(), "due now");
      HttpResponse<String> again = client.post("admin/sync/parked/" + first + "/retry", TOKEN.value());
      assertEquals(404, again.statusCode());
      assertEquals("not_parked", AdminClient.json(again).get("error").asText());
      assertTrue(AdminClient.json(again).get("message").asText().contains("outbox entry " + first), again.body());
      assertEquals(404, client.post("admin/sync/parked/" + waiting + "/retry", TOKEN.value()).statusCode(),
          "a pending row is not parked");
      HttpResponse<String> notANumber = client.post("admin/sync/parked/abc/retry", TOKEN.value());
      assertEquals(404, notANumber.statusCode());
      assertTrue(AdminClient.json(notANumber).get("message").asText().contains("'abc'"), notANumber.body());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void conflictsAreListedNewestFirstAndFilteredByObjectAndLimit(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    for (int i = 1; i <= 3; i++) {
      AdminFixture.conflict(store, ORG, "Account", "00100000000000" + i + "AAA", "Description",
          NOW.minusSeconds(100 - i), "\"crm " + i + "\"", "\"ours " + i + "\"");
    }
    AdminFixture.conflict(store, ORG, "Contact", "003000000000001AAA", "Title", NOW.minusSeconds(50), "\"CEO\"",
        "\"CTO\"");
    AdminFixture.conflict(store, OTHER_ORG, "Account", "001000000000009AAA", "Description", NOW, "1", "2");
    try (AdminServer server = start(store)) {
      AdminClient client = new AdminClient(server.baseUri());

      HttpResponse<String> all = client.get("admin/sync/conflicts", TOKEN.value());
      assertEquals(200, all.statusCode(), all.body());
      assertEquals(AdminFixture.cli(db, workDir, Map.of(), "sync", "conflicts", "--json").out().strip(), all.body());
      JsonNode conflicts = AdminClient.json(all).get("conflicts");
      assertEquals(4, conflicts.size(), "only the org's own conflicts");
      assertEquals(List.of("Contact", "Account", "Account", "Account"), objects(conflicts), "newest first");
      assertEquals("ours 3", conflicts.get(1).get("loserValue").asText());
      assertEquals("crm", conflicts.get(1).get("winner").asText());

      JsonNode contact = AdminClient.json(client.get("admin/sync/conflicts?object=contact", TOKEN.value()));
      assertEquals("Contact", contact.get("object").asText(), "the mapped spelling is used");
      assertEquals(List.of("Contact"), objects(contact.get("conflicts")));
      JsonNode two = AdminClient.json(client.get("admin/sync/conflicts?object=Account&limit=2", TOKEN.value()));
      assertEquals(List.of("\"crm 3\"", "\"crm 2\""), List.of(two.get("conflicts").get(0).get("winnerValue").toString(),
          two.get("conflicts").get(1).get("winnerValue").toString()));
      assertEquals(2, two.get("limit").asInt());

      HttpResponse<String> zero = client.get("admin/sync/conflicts?limit=0", TOKEN.value());
      assertEquals(400, zero.statusCode());
      assertEquals("bad_limit", AdminClient.json(zero).get("error").asText());
      assertEquals(400, client.get("admin/sync/conflicts?limit=many", TOKEN.value()).statusCode());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void severalOrgsNeedTheOrgParameterAndAnUnknownOrgIsNotFound(TestDatabase db) throws Exception {
    Store store = db.store();
    AdminFixture.synced(store, ORG, "Account");
    AdminFixture.synced(store, OTHER_ORG, "Account");
    AdminFixture.parked(store, OTHER_ORG, "Account", "acct-1", "INVALID_FIELD", "no");
    try (AdminServer server = start(store)) {
      AdminClient client = new AdminClient(server.baseUri());

      HttpResponse<String> ambiguous = client.get("admin/sync/parked", TOKEN.value());
      assertEquals(400, ambiguous.statusCode());
      assertEquals("org_required", AdminClient.json(ambiguous).get("error").asText());
      assertTrue(ambiguous.body().contains(ORG) && ambiguous.body().contains(OTHER_ORG), ambiguous.body());

      JsonNode other = AdminClient.json(client.get("admin/sync/parked?org=" + OTHER_ORG, TOKEN.value()));
      assertEquals(OTHER_ORG, other.get("orgId").asText());
      assertEquals(1, other.get("parked").size());
      assertEquals(0, AdminClient.json(client.get("admin/sync/parked?org=" + ORG, TOKEN.value())).get("parked")
          .size());
      long id = other.get("parked").get(0).get("id").asLong();
      assertEquals(404, client.post("admin/sync/parked/" + id + "/retry?org=" + ORG, TOKEN.value()).statusCode(),
          "another org's row is never released");
      HttpResponse<String> unknown = client.get("admin/sync/status?org=00D000000000009EAA", TOKEN.value());
      assertEquals(404, unknown.statusCode());
      assertEquals("unknown_org", AdminClient.json(unknown).get("error").asText());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void healthIs503WhenTheStoreDoesNotAnswer(TestDatabase db) throws Exception {
    Store own = db.openAnother();
    try (AdminServer server = start(own)) {
      AdminClient client = new AdminClient(server.baseUri());
      assertEquals(200, client.get("admin/health", null).statusCode());

      own.close();

      HttpResponse<String> down = client.get("admin/health", null);
      assertEquals(503, down.statusCode(), down.body());
      assertEquals("store_unavailable", AdminClient.json(down).get("error").asText());
      assertTrue(AdminClient.json(down).get("message").asText().contains("does not answer"), down.body());
    }
  }

  private static AdminServer start(Store store) throws Exception {
    return AdminServer.start(AdminFixture.context(store), TOKEN, AdminServer.DEFAULT_HOST, 0);
  }

  private static JsonNode object(JsonNode status, String name) {
    for (JsonNode o : status.get("objects")) {
      if (o.get("object").asText().equals(name)) {
        return o;
      }
    }
    throw new AssertionError(name + " not in " + status);
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.get("id").asLong()));
    return ids;
  }

  private static List<String> objects(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.get("object").asText()));
    return names;
  }
}
