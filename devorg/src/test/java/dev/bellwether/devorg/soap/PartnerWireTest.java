package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The partner endpoint at the HTTP level: other clients' XML, broken input, response framing. */
class PartnerWireTest {
  private static final String ENV = "http://schemas.xmlsoap.org/soap/envelope/";
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
  void jsforceStyleLoginWithSePrefixAndDefaultNamespaceWorks() throws Exception {
    String body = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>"
        + "<se:Envelope xmlns:se=\"" + ENV + "\"><se:Header/><se:Body>"
        + "<login xmlns=\"urn:partner.soap.sforce.com\">"
        + "<username>admin@bellwether.devorg</username><password>bellwether</password>"
        + "</login></se:Body></se:Envelope>";

    RawSoap.Reply r = RawSoap.post(devorg.url() + "/services/Soap/u/64.0", body, false);

    assertEquals(200, r.status(), r.body());
    assertEquals("text/xml; charset=utf-8", r.contentType().toLowerCase());
    assertEquals(devorg.url() + "/services/Soap/u/64.0/00D000000000001", RawSoap.text(r.body(), "serverUrl"));
    assertEquals("005000000000001AAA", RawSoap.text(r.body(), "userId"));
    assertEquals("00D000000000001EAA", RawSoap.text(r.body(), "organizationId"));
    assertTrue(devorg.org().sessions().find(RawSoap.text(r.body(), "sessionId")).isPresent());
    assertFalse(r.body().contains("Header"), "login declares no output header: " + r.body());
  }

  @Test
  void callsOtherThanLoginCarryOnlyTheLimitInfoHeader() throws Exception {
    String body = envelope(Wsc.adminToken(devorg), "<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/>");

    RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), body, false);

    assertEquals(200, r.status(), r.body());
    int header = r.body().indexOf("<soapenv:Header>");
    int bodyStart = r.body().indexOf("<soapenv:Body>");
    assertTrue(header > 0 && header < bodyStart, r.body());
    String headerXml = r.body().substring(header, bodyStart);
    assertTrue(headerXml.startsWith("<soapenv:Header><LimitInfoHeader><limitInfo><current>"), headerXml);
    assertTrue(headerXml.endsWith("<type>API REQUESTS</type></limitInfo></LimitInfoHeader></soapenv:Header>"), headerXml);
  }

  @Test
  void responseIsGzippedWhenTheClientAcceptsGzip() throws Exception {
    String body = envelope(Wsc.adminToken(devorg), "<m:getServerTimestamp xmlns:m=\"urn:partner.soap.sforce.com\"/>");

    RawSoap.Reply zipped = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), body, true);
    RawSoap.Reply plain = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), body, false);

    assertEquals("gzip", zipped.contentEncoding());
    assertNotNull(RawSoap.text(zipped.body(), "timestamp"));
    assertNull(plain.contentEncoding());
    assertNotNull(RawSoap.text(plain.body(), "timestamp"));
  }

  @Test
  void malformedXmlIsAClientFaultWithStatus500() throws Exception {
    RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), "<soapenv:Envelope xmlns:soapenv=\"" + ENV
        + "\"><soapenv:Body><query>", false);

    assertFault(r, "soapenv:Client");
    assertTrue(RawSoap.text(r.body(), "faultstring").startsWith("Unable to parse the request as XML"), r.body());
  }

  @Test
  void jsonBodyIsAClientFaultNotAnErrorPage() throws Exception {
    RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), "{\"query\":\"SELECT Id FROM Account\"}", true);

    assertFault(r, "soapenv:Client");
  }

  @Test
  void xmlThatIsNotAnEnvelopeIsAClientFault() throws Exception {
    RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), "<query>SELECT Id FROM Account</query>", false);

    assertFault(r, "soapenv:Client");
    assertTrue(RawSoap.text(r.body(), "faultstring").contains("expected a SOAP Envelope"), r.body());
  }

  @Test
  void unknownOperationIsAClientFaultNamingIt() throws Exception {
    RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"),
        envelope(Wsc.adminToken(devorg), "<frobnicate xmlns=\"urn:partner.soap.sforce.com\"/>"), false);

    assertFault(r, "soapenv:Client");
    assertTrue(RawSoap.text(r.body(), "faultstring")
        .startsWith("No operation available for request {urn:partner.soap.sforce.com}frobnicate"), r.body());
  }

  @Test
  void missingSessionHeaderIsInvalidSessionFaultWithBoundPrefix() throws Exception {
    String body = "<e:Envelope xmlns:e=\"" + ENV + "\"><e:Body>"
        + "<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/></e:Body></e:Envelope>";

    RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"), body, false);

    assertFault(r, "sf:INVALID_SESSION_ID");
    assertTrue(r.body().contains("xmlns:sf=\"urn:fault.partner.soap.sforce.com\""), r.body());
    assertTrue(r.body().contains("<detail><sf:UnexpectedErrorFault xsi:type=\"sf:UnexpectedErrorFault\">"
        + "<sf:exceptionCode>INVALID_SESSION_ID</sf:exceptionCode>"), r.body());
    assertEquals("INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session",
        RawSoap.text(r.body(), "faultstring"));
  }

  @Test
  void injectedOutageIsHttp503WithAServerUnavailableFault() throws Exception {
    devorg.org().faults().setSpec(dev.bellwether.devorg.faults.FaultSpec.parse("transient=1"));
    try {
      RawSoap.Reply r = RawSoap.post(Wsc.serverUrl(devorg, "64.0"),
          envelope(Wsc.adminToken(devorg), "<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/>"), false);

      assertEquals(503, r.status(), r.body());
      assertEquals("sf:SERVER_UNAVAILABLE", RawSoap.text(r.body(), "faultcode"));
      assertEquals("SERVER_UNAVAILABLE", RawSoap.text(r.body(), "exceptionCode"));
    } finally {
      devorg.org().faults().setSpec(dev.bellwether.devorg.faults.FaultSpec.NONE);
    }
  }

  @Test
  void externalEntitiesAreNotExpanded() throws Exception {
    String body = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<soapenv:Envelope xmlns:soapenv=\"" + ENV + "\"><soapenv:Body>"
        + "<login xmlns=\"urn:partner.soap.sforce.com\"><username>&e;</username><password>x</password>"
        + "</login></soapenv:Body></soapenv:Envelope>";

    RawSoap.Reply r = RawSoap.post(devorg.url() + "/services/Soap/u/64.0", body, false);

    assertEquals(500, r.status());
    assertFalse(r.body().contains("root:"), r.body());
  }

  private static void assertFault(RawSoap.Reply r, String faultCode) {
    assertEquals(500, r.status(), r.body());
    assertTrue(r.contentType().startsWith("text/xml"), r.contentType());
    assertTrue(r.body().startsWith("<?xml"), r.body());
    assertEquals(faultCode, RawSoap.text(r.body(), "faultcode"), r.body());
    assertFalse(r.body().contains("<html"), r.body());
  }

  private static String envelope(String sessionId, String operation) {
    return "<env:Envelope xmlns:env=\"" + ENV + "\"><env:Header><SessionHeader xmlns=\"urn:partner.soap.sforce.com\">"
        + "<sessionId>" + sessionId + "</sessionId></SessionHeader></env:Header><env:Body>" + operation
        + "</env:Body></env:Envelope>";
  }
}
