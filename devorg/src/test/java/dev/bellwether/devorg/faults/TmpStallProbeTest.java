package dev.bellwether.devorg.faults;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TmpStallProbeTest {
  @Test
  void probe() throws Exception {
    DevOrg devorg = DevOrg.start(DevOrgOptions.builder().build());
    FaultClient client = new FaultClient(devorg);
    devorg.org().faults().setSpec(FaultSpec.parse("stall=1,stall-time=1s"));
    try {
      client.send("GET", FaultClient.V + "/limits", null, Duration.ofMillis(200));
    } catch (Exception e) {
      System.out.println("PROBE rest " + e);
    }
    try {
      client.partner(Duration.ofMillis(200)).getServerTimestamp();
    } catch (Exception e) {
      System.out.println("PROBE soap " + e);
    }
    Thread.sleep(2500);
    System.out.println("PROBE closing");
    devorg.close();
  }
}
