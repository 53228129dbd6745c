package dev.bellwether.devorg.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.admin.AdminClient.Reply;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.org.Org;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registering Canvas apps through POST /devorg/admin/canvas-apps. */
class CanvasAppsAdminTest {
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

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void registeringIs201AndTheListNeverShowsSecrets() throws Exception {
    Reply r = client.call("POST", "/devorg/admin/canvas-apps", admin,
        "{\"name\":\"Health Panel\",\"clientId\":\"hp-1\",\"clientSecret\":\"s3cret-hp\","
            + "\"canvasUrl\":\"https://panel.example/canvas\"}");
    assertEquals(201, r.status(), r.raw());
    assertEquals("Health_Panel", r.json().path("developerName").asText());
    assertTrue(r.json().path("applicationId").asText().startsWith("06P"));
    ConnectedApp stored = org.apps().byClientId("hp-1").orElseThrow();
    assertEquals("s3cret-hp", stored.clientSecret());
    assertEquals("https://panel.example/canvas", stored.canvasUrl());

    Reply list = client.call("GET", "/devorg/admin/canvas-apps", admin, null);
    assertEquals(200, list.status());
    assertTrue(list.raw().contains("\"clientId\":\"hp-1\""));
    assertFalse(list.raw().contains("s3cret-hp") || list.raw().contains("clientSecret"), list.raw());
    assertFalse(list.raw().contains("bellwether-cli"), "apps without a canvas URL are not Canvas apps");
  }

  @Test
  void registeringTheSameConsumerKeyAgainReplacesTheAppWith200() throws Exception {
    String body = "{\"name\":\"Twice\",\"clientId\":\"twice\",\"clientSecret\":\"a\",\"canvasUrl\":\"http://127.0.0.1:1/a\"}";
    assertEquals(201, client.call("POST", "/devorg/admin/canvas-apps", admin, body).status());
    Reply again = client.call("POST", "/devorg/admin/canvas-apps", admin, body.replace("/a\"", "/b\""));
    assertEquals(200, again.status());
    assertEquals("http://127.0.0.1:1/b", org.apps().byClientId("twice").orElseThrow().canvasUrl());
  }

  @Test
  void missingFieldsAndBadUrlsAre400NamingTheFields() throws Exception {
    Reply missing = client.call("POST", "/devorg/admin/canvas-apps", admin, "{\"name\":\"X\",\"clientId\":\" \"}");
    assertEquals(400, missing.status());
    assertEquals("REQUIRED_FIELD_MISSING", missing.json().path(0).path("errorCode").asText());
    assertEquals("[\"clientId\",\"clientSecret\",\"canvasUrl\"]", missing.json().path(0).path("fields").toString());
    Reply badUrl = client.call("POST", "/devorg/admin/canvas-apps", admin,
        "{\"name\":\"X\",\"clientId\":\"x\",\"clientSecret\":\"y\",\"canvasUrl\":\"javascript:alert(1)\"}");
    assertEquals(400, badUrl.status());
    assertEquals("INVALID_FIELD", badUrl.json().path(0).path("errorCode").asText());
    assertTrue(org.apps().byClientId("x").isEmpty());
  }
}
