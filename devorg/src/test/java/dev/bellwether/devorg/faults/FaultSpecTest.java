package dev.bellwether.devorg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecTest {
  @Test
  void parsesEveryKnownFault() {
    FaultSpec s = FaultSpec.parse("transient=0.1, lock=0.05,session-ttl=60s,latency=20ms,api-limit=500");
    assertEquals(0.1, s.transientRate());
    assertEquals(0.05, s.lockRate());
    assertEquals(Duration.ofSeconds(60), s.sessionTtl());
    assertEquals(Duration.ofMillis(20), s.latency());
    assertEquals(500, s.apiLimit());
  }

  @Test
  void parsesResetStallAndBulkFail() {
    FaultSpec s = FaultSpec.parse("reset=0.02,stall=0.01,stall-time=10s,bulk-fail=0.2");
    assertEquals(0.02, s.resetRate());
    assertEquals(0.01, s.stallRate());
    assertEquals(Duration.ofSeconds(10), s.stallTime());
    assertEquals(0.2, s.bulkFailRate());
    assertEquals(Duration.ofSeconds(30), FaultSpec.parse("stall=0.5").stallTime());
  }

  @Test
  void badEntriesAreNamedInTheError() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("lock=2"))
        .getMessage().contains("lock=2"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("latency=fast"))
        .getMessage().contains("latency=fast"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("reset=1.5"))
        .getMessage().contains("reset=1.5"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("stall-time=soon"))
        .getMessage().contains("stall-time=soon"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("boom=1"))
        .getMessage().contains("unknown fault 'boom'"));
  }

  @Test
  void lockRateOfOneFailsEveryWrite() {
    FaultInjector f = new FaultInjector(1);
    f.setSpec(FaultSpec.parse("lock=1"));
    assertEquals("UNABLE_TO_LOCK_ROW", f.injectFor(new dev.bellwether.devorg.store.WriteOp.Delete("x")).orElseThrow().statusCode());
  }
}
