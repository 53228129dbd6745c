package dev.bellwether.devorg.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.admin.AdminClient.Reply;
import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.WriteOp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /devorg/admin/faults, /api-usage/reset and /status over real HTTP. */
class AdminEndpointsTest {
  private static final int DEFAULT_LIMIT = 1_000_000;
  private static DevOrg devorg;
  private static Org org;
  private static AdminClient client;
  private static String admin;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    org = devorg.org();
    client = new AdminClient(devorg.url());
    admin = org.sessions().open(org.id(), org.adminUserId(), "bellwether-cli").token();
  }

  @AfterEach
  void clearFaults() {
    org.faults().setSpec(FaultSpec.NONE);
    org.apiUsage().setLimit(DEFAULT_LIMIT);
    org.sessions().setTtl(Duration.ofHours(2));
    org.apiUsage().reset();
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  private static Reply putFaults(String spec) throws Exception {
    return client.call("PUT", "/devorg/admin/faults", admin, "{\"spec\":\"" + spec + "\"}");
  }

  @Test
  void putFaultsSetsTheSpecSessionTtlAndApiLimit() throws Exception {
    Reply r = putFaults("transient=0.1,lock=0.05,session-ttl=60s,latency=20ms,api-limit=500");
    assertEquals(200, r.status(), r.raw());
    assertEquals("transient=0.1,lock=0.05,session-ttl=1m,latency=20ms,api-limit=500", r.json().path("spec").asText());
    assertEquals(60, r.json().path("sessionTtlSeconds").asLong());
    assertEquals(500, r.json().path("apiLimit").asInt());
    assertEquals(new FaultSpec(0.1, 0, 0, FaultSpec.DEFAULT_STALL_TIME, Duration.ofMillis(20), 0.05, 0,
        Duration.ofSeconds(60), 500), org.faults().spec());
    assertEquals(Duration.ofSeconds(60), org.sessions().ttl());
    assertEquals(500, org.apiUsage().limit());
    Reply get = client.call("GET", "/devorg/admin/faults", admin, null);
    assertEquals(r.json(), get.json());
  }

  @Test
  void putFaultsShowsResetStallAndBulkFailInTheView() throws Exception {
    Reply r = putFaults("reset=0.02,stall=0.01,stall-time=10s,bulk-fail=0.25");
    assertEquals(200, r.status(), r.raw());
    assertEquals("reset=0.02,stall=0.01,stall-time=10s,bulk-fail=0.25", r.json().path("spec").asText());
    assertEquals(0.02, r.json().path("reset").asDouble());
    assertEquals(0.01, r.json().path("stall").asDouble());
    assertEquals(10_000, r.json().path("stallTimeMillis").asLong());
    assertEquals(0.25, r.json().path("bulkFail").asDouble());
    assertEquals(0.25, org.faults().spec().bulkFailRate());
    Reply defaults = putFaults("stall=0.5");
    assertEquals(30_000, defaults.json().path("stallTimeMillis").asLong(), defaults.raw());
  }

  @Test
  void specWithoutTtlOrLimitLeavesThemAlone() throws Exception {
    Reply r = putFaults("lock=0.5");
    assertEquals(200, r.status(), r.raw());
    assertEquals(7200, r.json().path("sessionTtlSeconds").asLong());
    assertEquals(DEFAULT_LIMIT, r.json().path("apiLimit").asInt());
    assertEquals(0.5, org.faults().spec().lockRate());
  }

  @Test
  void apiLimitZeroMakesTheNextRestCall403ButAdminStillAnswers() throws Exception {
    assertEquals(200, client.call("GET", "/services/data/v64.0/limits", admin, null).status());
    assertEquals(200, putFaults("api-limit=0").status());
    Reply rest = client.call("GET", "/services/data/v64.0/limits", admin, null);
    assertEquals(403, rest.status(), rest.raw());
    assertEquals("REQUEST_LIMIT_EXCEEDED", rest.json().path(0).path("errorCode").asText());
    assertEquals(200, client.call("GET", "/devorg/admin/status", admin, null).status());
  }

  @Test
  void transientRateOneMakesRestCalls503ButNotAdminCalls() throws Exception {
    assertEquals(200, putFaults("transient=1").status());
    assertEquals(503, client.call("GET", "/services/data/v64.0/limits", admin, null).status());
    assertEquals(200, client.call("GET", "/devorg/admin/faults", admin, null).status());
    assertEquals(200, putFaults("").status());
    assertEquals(200, client.call("GET", "/services/data/v64.0/limits", admin, null).status());
  }

  @Test
  void badSpecIs400NamingTheEntryAndChangesNothing() throws Exception {
    Reply rate = putFaults("lock=0.1,transient=2");
    assertEquals(400, rate.status());
    assertEquals("INVALID_FAULT_SPEC", rate.json().path(0).path("errorCode").asText());
    assertTrue(rate.json().path(0).path("message").asText().contains("transient=2"), rate.raw());
    Reply unknown = putFaults("explode=1");
    assertEquals(400, unknown.status());
    assertTrue(unknown.json().path(0).path("message").asText().contains("explode"), unknown.raw());
    assertEquals(FaultSpec.NONE, org.faults().spec());
    assertEquals(400, client.call("PUT", "/devorg/admin/faults", admin, "{\"faults\":\"lock=1\"}").status());
    assertEquals(400, client.call("PUT", "/devorg/admin/faults", admin, "not json").status());
  }

  @Test
  void missingInvalidOrNonAdminTokenIs401() throws Exception {
    String userId = org.store().apply(List.of(new WriteOp.Create("User", Map.of(
        "Username", "rep@bellwether.devorg", "LastName", "Rep"))), true, org.writeAs(org.adminUserId()))
        .get(0).id();
    String rep = org.sessions().open(org.id(), userId, "bellwether-cli").token();
    for (String token : new String[] {null, "00D000000000001!nope", rep}) {
      for (String[] call : new String[][] {{"GET", "/devorg/admin/faults"}, {"GET", "/devorg/admin/status"},
          {"POST", "/devorg/admin/api-usage/reset"}, {"GET", "/devorg/admin/canvas-apps"}}) {
        Reply r = client.call(call[0], call[1], token, null);
        assertEquals(401, r.status(), call[1] + " with " + token);
        assertEquals("INVALID_SESSION_ID", r.json().path(0).path("errorCode").asText());
      }
    }
    Reply put = client.call("PUT", "/devorg/admin/faults", rep, "{\"spec\":\"api-limit=0\"}");
    assertEquals(401, put.status());
    assertEquals(DEFAULT_LIMIT, org.apiUsage().limit());
  }

  @Test
  void apiUsageResetForgetsTodaysCount() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, client.call("GET", "/services/data/v64.0/limits", admin, null).status());
    }
    assertEquals(3, org.apiUsage().used());
    Reply r = client.call("POST", "/devorg/admin/api-usage/reset", admin, null);
    assertEquals(200, r.status(), r.raw());
    assertEquals(0, r.json().path("used").asInt());
    assertEquals(DEFAULT_LIMIT, r.json().path("limit").asInt());
    assertEquals(0, org.apiUsage().used());
  }

  @Test
  void adminCallsDoNotCountAgainstTheApiLimit() throws Exception {
    int before = org.apiUsage().used();
    client.call("GET", "/devorg/admin/status", admin, null);
    client.call("GET", "/devorg/admin/faults", admin, null);
    putFaults("lock=0.01");
    assertEquals(before, org.apiUsage().used());
  }

  @Test
  void statusReportsOrgRecordCountsUsageFaultsAndUptime() throws Exception {
    WriteOp a = new WriteOp.Create("Account", Map.of("Name", "Status Co"));
    WriteOp b = new WriteOp.Create("Account", Map.of("Name", "Status Two"));
    List<String> ids = org.store().apply(List.of(a, b), true, org.writeAs(org.adminUserId()))
        .stream().map(w -> w.id()).toList();
    org.store().apply(List.of(new WriteOp.Delete(ids.get(1))), true, org.writeAs(org.adminUserId()));
    client.call("GET", "/services/data/v64.0/limits", admin, null);
    putFaults("lock=0.2");

    Reply r = client.call("GET", "/devorg/admin/status", admin, null);
    assertEquals(200, r.status(), r.raw());
    JsonNode s = r.json();
    assertEquals("00D000000000001EAA", s.path("organizationId").asText());
    assertEquals(devorg.url(), s.path("instanceUrl").asText());
    assertEquals(1, s.path("recordCounts").path("Account").asInt(), "deleted records are not counted");
    assertEquals(1, s.path("recordCounts").path("User").asInt() - countRepUsers());
    assertEquals(1, s.path("recordCounts").path("Organization").asInt());
    assertEquals(1, s.path("apiUsage").path("used").asInt());
    assertEquals("lock=0.2", s.path("faults").path("spec").asText());
    assertTrue(s.path("uptimeSeconds").asLong() >= 0);
    assertTrue(s.path("startedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
  }

  /** Users made by other tests of this class (test order is not fixed). */
  private static int countRepUsers() {
    return org.userByUsername("rep@bellwether.devorg").isPresent() ? 1 : 0;
  }
}
