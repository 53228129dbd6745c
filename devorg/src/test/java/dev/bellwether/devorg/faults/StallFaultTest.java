package dev.bellwether.devorg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * stall=P: the chosen API requests are held for stall-time, so a client whose read timeout is
 * shorter gives up first. The timeouts here are far apart (300 ms against 3 s) so the outcome
 * never depends on the machine's speed.
 */
class StallFaultTest {
  private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(300);
  @RegisterExtension
  static final FaultDevOrg devorg = new FaultDevOrg();
  private final FaultClient client = devorg.client();

  @Test
  void aStalledRestCallOutlastsTheClientsTimeout() {
    devorg.faults("stall=1,stall-time=3s");

    assertThrows(HttpTimeoutException.class,
        () -> client.send("GET", FaultClient.V + "/limits", null, CLIENT_TIMEOUT));
  }

  @Test
  void aStalledBulkCallOutlastsTheClientsTimeout() {
    devorg.faults("stall=1,stall-time=3s");

    assertThrows(HttpTimeoutException.class,
        () -> client.send("GET", FaultClient.V + "/jobs/ingest", null, CLIENT_TIMEOUT));
  }

  @Test
  void aStalledPartnerCallIsAReadTimeoutInWsc() throws Exception {
    PartnerConnection pc = client.partner(CLIENT_TIMEOUT);
    devorg.faults("stall=1,stall-time=3s");

    ConnectionException e = assertThrows(ConnectionException.class, pc::getServerTimestamp);

    assertTrue(e.getCause() instanceof SocketTimeoutException, "a read timeout: " + e.getCause());
  }

  @Test
  void aStalledCallIsAnsweredNormallyWhenTheClientWaitsLongEnough() throws Exception {
    devorg.faults("stall=1,stall-time=200ms");

    assertEquals(200, client.send("GET", FaultClient.V + "/limits", null, Duration.ofSeconds(30)).statusCode());
  }

  @Test
  void withoutAStallTheSameClientIsAnsweredInTime() throws Exception {
    assertEquals(200, client.send("GET", FaultClient.V + "/limits", null, Duration.ofSeconds(10)).statusCode());
  }
}
