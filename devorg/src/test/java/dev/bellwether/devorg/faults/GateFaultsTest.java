package dev.bellwether.devorg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** transient and latency reach every API surface: REST, Bulk and SOAP partner calls, not login. */
class GateFaultsTest {
  @RegisterExtension
  static final FaultDevOrg devorg = new FaultDevOrg();
  private final FaultClient client = devorg.client();

  @Test
  void anOutageAnswersBulkCalls503WithASalesforceError() throws Exception {
    devorg.faults("transient=1");

    HttpResponse<String> r = client.send("POST", FaultClient.V + "/jobs/ingest",
        "{\"object\":\"Account\",\"operation\":\"insert\"}", Duration.ofSeconds(10));

    assertEquals(503, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"errorCode\":\"SERVER_UNAVAILABLE\""), r.body());
  }

  @Test
  void soapLoginIsNotHitByAnOutageButTheNextPartnerCallIs() throws Exception {
    devorg.faults("transient=1");

    PartnerConnection pc = client.partnerLogin();
    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class, pc::getServerTimestamp);

    assertEquals(ExceptionCode.SERVER_UNAVAILABLE, f.getExceptionCode());
  }

  @Test
  void latencyDelaysBulkAndPartnerCalls() throws Exception {
    PartnerConnection pc = client.partner(Duration.ofSeconds(30));
    devorg.faults("latency=400ms");

    long bulkStarted = System.nanoTime();
    assertEquals(200, client.send("GET", FaultClient.V + "/jobs/query", null, Duration.ofSeconds(30)).statusCode());
    long bulkMillis = (System.nanoTime() - bulkStarted) / 1_000_000;
    long soapStarted = System.nanoTime();
    pc.getServerTimestamp();
    long soapMillis = (System.nanoTime() - soapStarted) / 1_000_000;

    // Lower bounds only: a sleep is never shorter than asked, however slow the machine.
    assertTrue(bulkMillis >= 400, "bulk call took " + bulkMillis + " ms");
    assertTrue(soapMillis >= 400, "partner call took " + soapMillis + " ms");
  }
}
