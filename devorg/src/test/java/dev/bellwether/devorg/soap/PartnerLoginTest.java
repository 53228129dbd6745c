package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.GetUserInfoResult;
import com.sforce.soap.partner.LoginResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectorConfig;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.org.OrgFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerLoginTest {
  private static DevOrg devorg;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void wscLoginAt64ReturnsServerUrlSessionAndUserInfo() throws Exception {
    ConnectorConfig config = Wsc.loginConfig(devorg, "64.0");
    PartnerConnection pc = Connector.newConnection(config);

    assertEquals(Wsc.serverUrl(devorg, "64.0"), config.getServiceEndpoint());
    assertTrue(config.getSessionId().startsWith("00D000000000001!"));
    assertTrue(devorg.org().sessions().find(config.getSessionId()).isPresent());

    LoginResult again = pc.login(OrgFactory.ADMIN_USERNAME, OrgFactory.DEFAULT_PASSWORD);
    assertEquals(devorg.url() + "/services/Soap/m/64.0/00D000000000001", again.getMetadataServerUrl());
    assertFalse(again.getPasswordExpired());
    assertFalse(again.getSandbox());
    assertEquals("005000000000001AAA", again.getUserId());
    GetUserInfoResult info = again.getUserInfo();
    assertEquals("00D000000000001EAA", info.getOrganizationId());
    assertEquals("Bellwether Dev Org", info.getOrganizationName());
    assertEquals(OrgFactory.ADMIN_USERNAME, info.getUserName());
    assertEquals("Avery Admin", info.getUserFullName());
    assertEquals("America/Los_Angeles", info.getUserTimeZone());
    assertEquals(7200, info.getSessionSecondsValid());
  }

  @Test
  void wrongPasswordIsLoginFaultInvalidLogin() {
    ConnectorConfig config = Wsc.loginConfig(devorg, "64.0");
    config.setPassword("not-the-password");

    LoginFault f = assertThrows(LoginFault.class, () -> Connector.newConnection(config));

    assertEquals(ExceptionCode.INVALID_LOGIN, f.getExceptionCode());
  }

  @Test
  void loginAt65IsRefusedWithInvalidOperation() {
    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, () -> Wsc.login(devorg, "65.0"));

    assertEquals(ExceptionCode.INVALID_OPERATION, f.getExceptionCode());
    assertTrue(f.getExceptionMessage().contains("not available in API version 65.0"), f.getExceptionMessage());
  }

  @Test
  void oauthAccessTokenWorksAsSessionIdAt65() throws Exception {
    String token = oauthPasswordGrantToken();
    PartnerConnection pc = Wsc.withToken(devorg, "65.0", token);

    GetUserInfoResult info = pc.getUserInfo();

    assertEquals("005000000000001AAA", info.getUserId());
    assertEquals("admin@bellwether.devorg", info.getUserEmail());
    assertNotNull(pc.getLimitInfoHeader());
    assertEquals("API REQUESTS", pc.getLimitInfoHeader().getLimitInfo()[0].getType());
  }

  @Test
  void serverTimestampIsTheOrgClock() throws Exception {
    PartnerConnection pc = Wsc.withToken(devorg, "65.0", Wsc.adminToken(devorg));
    Instant before = devorg.org().clock().instant().minusMillis(1);

    Instant stamp = pc.getServerTimestamp().getTimestamp().toInstant();

    assertFalse(stamp.isBefore(before));
    assertTrue(Duration.between(stamp, Instant.now()).abs().getSeconds() < 5);
  }

  @Test
  void fifteenCharacterAndEighteenCharacterOrgIdsInTheUrlBothServe() throws Exception {
    ConnectorConfig config = Wsc.tokenConfig(devorg, "64.0", Wsc.adminToken(devorg));
    config.setServiceEndpoint(devorg.url() + "/services/Soap/u/64.0/00D000000000001EAA");
    PartnerConnection pc = Connector.newConnection(config);

    assertEquals("005000000000001AAA", pc.getUserInfo().getUserId());
  }

  private static String oauthPasswordGrantToken() throws Exception {
    String form = "grant_type=password&client_id=" + OrgFactory.CLI_CLIENT_ID + "&client_secret="
        + OrgFactory.CLI_CLIENT_SECRET + "&username=admin%40bellwether.devorg&password=" + OrgFactory.DEFAULT_PASSWORD;
    HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
            URI.create(devorg.url() + "/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("access_token").asText();
  }
}
