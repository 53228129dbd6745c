package dev.bellwether.devorg.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.devorg.faults.FaultSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecTextTest {
  @Test
  void writesEveryEntryInTheFaultsSyntax() {
    FaultSpec spec = new FaultSpec(0.1, 0.05, Duration.ofSeconds(60), Duration.ofMillis(20), 500);
    assertEquals("transient=0.1,lock=0.05,session-ttl=1m,latency=20ms,api-limit=500", FaultSpecText.text(spec));
  }

  @Test
  void parsingTheTextGivesTheSameSpecBack() {
    String text = "transient=0.25,lock=1,session-ttl=90s,latency=1500ms,api-limit=0";
    FaultSpec spec = FaultSpec.parse(text);
    assertEquals(spec, FaultSpec.parse(FaultSpecText.text(spec)));
    assertEquals("transient=0.25,lock=1,session-ttl=90s,latency=1500ms,api-limit=0", FaultSpecText.text(spec));
  }

  @Test
  void noFaultsIsEmptyText() {
    assertEquals("", FaultSpecText.text(FaultSpec.NONE));
    assertEquals("2h", FaultSpecText.duration(Duration.ofHours(2)));
  }
}
