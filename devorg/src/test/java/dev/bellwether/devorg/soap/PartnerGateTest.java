package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.faults.FaultSpec;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every call passes before it runs: session, API budget, injected outages, compression. */
class PartnerGateTest {
  private static DevOrg devorg;

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @AfterEach
  void reset() {
    devorg.org().faults().setSpec(FaultSpec.NONE);
    devorg.org().apiUsage().setLimit(1_000_000);
    devorg.org().apiUsage().reset();
  }

  @Test
  void unknownSessionIsUnexpectedErrorFaultInvalidSessionId() throws Exception {
    PartnerConnection pc = Wsc.withToken(devorg, "64.0", "00D000000000001!not-a-session");

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, pc::getUserInfo);

    assertEquals(ExceptionCode.INVALID_SESSION_ID, f.getExceptionCode());
    assertEquals("Invalid Session ID found in SessionHeader: Illegal Session", f.getExceptionMessage());
  }

  @Test
  void sessionRenewerFiresOnceAndTheRetrySucceedsWithTheNewSession() throws Exception {
    String token = Wsc.adminToken(devorg);
    ConnectorConfig config = Wsc.tokenConfig(devorg, "64.0", token);
    AtomicInteger renewals = new AtomicInteger();
    config.setSessionRenewer(c -> {
      renewals.incrementAndGet();
      String fresh = Wsc.adminToken(devorg);
      c.setSessionId(fresh);
      SessionHeader_element header = new SessionHeader_element();
      header.setSessionId(fresh);
      SessionRenewer.SessionRenewalHeader h = new SessionRenewer.SessionRenewalHeader();
      h.name = new QName("urn:partner.soap.sforce.com", "SessionHeader");
      h.headerElement = header;
      return h;
    });
    PartnerConnection pc = Connector.newConnection(config);
    pc.getServerTimestamp();
    devorg.org().sessions().revoke(token);

    String userId = pc.getUserInfo().getUserId();

    assertEquals("005000000000001AAA", userId);
    assertEquals(1, renewals.get());
    assertNotEquals(token, config.getSessionId());
  }

  @Test
  void spentDailyLimitIsRequestLimitExceeded() throws Exception {
    PartnerConnection pc = Wsc.withToken(devorg, "64.0", Wsc.adminToken(devorg));
    pc.getServerTimestamp();
    devorg.org().apiUsage().setLimit(devorg.org().apiUsage().used());

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, pc::getServerTimestamp);

    assertEquals(ExceptionCode.REQUEST_LIMIT_EXCEEDED, f.getExceptionCode());
  }

  @Test
  void limitInfoHeaderCountsEachCall() throws Exception {
    devorg.org().apiUsage().setLimit(15_000);
    PartnerConnection pc = Wsc.withToken(devorg, "64.0", Wsc.adminToken(devorg));

    pc.getServerTimestamp();
    long first = pc.getLimitInfoHeader().getLimitInfo()[0].getCurrent();
    pc.getServerTimestamp();

    assertEquals(first + 1, pc.getLimitInfoHeader().getLimitInfo()[0].getCurrent());
    assertEquals(15_000, pc.getLimitInfoHeader().getLimitInfo()[0].getLimit());
    assertEquals(devorg.org().apiUsage().used(), pc.getLimitInfoHeader().getLimitInfo()[0].getCurrent());
  }

  @Test
  void injectedOutageReachesWscAsServerUnavailableFault() throws Exception {
    PartnerConnection pc = Wsc.withToken(devorg, "64.0", Wsc.adminToken(devorg));
    devorg.org().faults().setSpec(FaultSpec.parse("transient=1"));

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, pc::getServerTimestamp);

    assertEquals(ExceptionCode.SERVER_UNAVAILABLE, f.getExceptionCode());
  }

  @Test
  void uncompressedClientWorksToo() throws Exception {
    ConnectorConfig config = Wsc.loginConfig(devorg, "64.0");
    config.setCompression(false);
    PartnerConnection pc = Connector.newConnection(config);

    assertEquals("005000000000001AAA", pc.getUserInfo().getUserId());
    assertTrue(pc.describeGlobal().getSobjects().length >= 8);
  }

  @Test
  void anotherOrgIdInTheServerUrlIsRefused() throws Exception {
    ConnectorConfig config = Wsc.tokenConfig(devorg, "64.0", Wsc.adminToken(devorg));
    config.setServiceEndpoint(devorg.url() + "/services/Soap/u/64.0/00D000000000002");
    PartnerConnection pc = Connector.newConnection(config);

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, pc::getUserInfo);

    assertEquals(ExceptionCode.INVALID_OPERATION, f.getExceptionCode());
  }

  @Test
  void retiredApiVersionIsUnsupportedApiVersion() throws Exception {
    ConnectorConfig config = Wsc.tokenConfig(devorg, "64.0", Wsc.adminToken(devorg));
    config.setServiceEndpoint(devorg.url() + "/services/Soap/u/30.0");
    PartnerConnection pc = Connector.newConnection(config);

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, pc::getUserInfo);

    assertEquals(ExceptionCode.UNSUPPORTED_API_VERSION, f.getExceptionCode());
  }
}
