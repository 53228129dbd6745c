package dev.bellwether.devorg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** reset=P: the chosen API requests lose their connection with no answer at all. */
class ConnectionResetFaultTest {
  @RegisterExtension
  static final FaultDevOrg devorg = new FaultDevOrg();
  private final FaultClient client = devorg.client();

  @Test
  void aResetRestCallGetsNoAnswerAndIsNotCounted() {
    long used = devorg.org().apiUsage().used();
    devorg.faults("reset=1");

    IOException e = assertThrows(IOException.class,
        () -> client.send("GET", FaultClient.V + "/limits", null, Duration.ofSeconds(10)));

    assertTrue(!(e instanceof java.net.http.HttpTimeoutException), "the connection ended, it did not time out: " + e);
    assertEquals(used, devorg.org().apiUsage().used());
  }

  @Test
  void aResetWriteWritesNothing() {
    devorg.faults("reset=1");

    assertThrows(IOException.class, () -> client.send("POST", FaultClient.V + "/sobjects/Account",
        "{\"Name\":\"Never Written\"}", Duration.ofSeconds(10)));

    assertTrue(devorg.org().store().scan(devorg.org().schema().object("Account").orElseThrow(),
        r -> "Never Written".equals(r.get("Name"))).isEmpty());
  }

  @Test
  void bulkCallsAreResetToo() {
    devorg.faults("reset=1");

    assertThrows(IOException.class, () -> client.send("POST", FaultClient.V + "/jobs/ingest",
        "{\"object\":\"Account\",\"operation\":\"insert\"}", Duration.ofSeconds(10)));
    assertThrows(IOException.class, () -> client.send("GET", FaultClient.V + "/jobs/query", null,
        Duration.ofSeconds(10)));
  }

  @Test
  void aResetPartnerCallFailsInWscAsAConnectionFailure() throws Exception {
    PartnerConnection pc = client.partner(Duration.ofSeconds(10));
    devorg.faults("reset=1");

    ConnectionException e = assertThrows(ConnectionException.class, pc::getServerTimestamp);

    assertTrue(e.getCause() instanceof IOException, "an I/O failure, not a SOAP fault: " + e);
  }

  @Test
  void soapLoginIsNeverReset() throws Exception {
    devorg.faults("reset=1");

    PartnerConnection pc = client.partnerLogin();

    String session = pc.getConfig().getSessionId();
    assertEquals(devorg.org().adminUserId(), devorg.org().sessions().find(session).orElseThrow().userId());
  }

  @Test
  void theServerAnswersNormallyOnceResetsAreCleared() throws Exception {
    devorg.faults("reset=1");
    assertThrows(IOException.class, () -> client.send("GET", FaultClient.V + "/limits", null, Duration.ofSeconds(10)));

    devorg.faults("");

    assertEquals(200, client.send("GET", FaultClient.V + "/limits", null, Duration.ofSeconds(10)).statusCode());
    assertTrue(client.partner(Duration.ofSeconds(10)).getServerTimestamp().getTimestamp() != null);
  }
}
