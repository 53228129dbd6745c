package dev.bellwether.devorg.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.devorg.faults.FaultSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecTextTest {
  @Test
  void writesEveryEntryInTheFaultsSyntax() {
    FaultSpec spec = new FaultSpec(0.1, 0.02, 0.01, Duration.ofSeconds(10), Duration.ofMillis(20), 0.05, 0.2,
        Duration.ofSeconds(60), 500);
    assertEquals("transient=0.1,reset=0.02,stall=0.01,stall-time=10s,lock=0.05,bulk-fail=0.2,session-ttl=1m,"
        + "latency=20ms,api-limit=500", FaultSpecText.text(spec));
  }

  @Test
  void parsingTheTextGivesTheSameSpecBack() {
    String text = "transient=0.25,reset=0.5,stall=1,stall-time=1500ms,lock=1,bulk-fail=0.75,session-ttl=90s,"
        + "latency=1500ms,api-limit=0";
    FaultSpec spec = FaultSpec.parse(text);
    assertEquals(spec, FaultSpec.parse(FaultSpecText.text(spec)));
    assertEquals(text, FaultSpecText.text(spec));
  }

  @Test
  void theDefaultStallTimeIsNotWritten() {
    FaultSpec spec = FaultSpec.parse("stall=0.1,stall-time=30s");
    assertEquals("stall=0.1", FaultSpecText.text(spec));
    assertEquals(spec, FaultSpec.parse(FaultSpecText.text(spec)));
  }

  @Test
  void noFaultsIsEmptyText() {
    assertEquals("", FaultSpecText.text(FaultSpec.NONE));
    assertEquals("2h", FaultSpecText.duration(Duration.ofHours(2)));
  }
}
