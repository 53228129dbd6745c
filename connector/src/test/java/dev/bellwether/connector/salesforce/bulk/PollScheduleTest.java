package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait between polls grows by half from the first up to the cap. */
class PollScheduleTest {

  @Test
  void theStandardScheduleGrowsByHalfFromAHundredMillisecondsAndStopsAtFiveSeconds() {
    PollSchedule s = PollSchedule.standard();
    assertEquals(Duration.ofMillis(100), s.delay(0));
    assertEquals(Duration.ofMillis(150), s.delay(1));
    assertEquals(Duration.ofMillis(225), s.delay(2));
    assertEquals(Duration.ofMillis(757), s.delay(5)); // 100, 150, 225, 337, 505, 757: whole milliseconds
    assertEquals(Duration.ofSeconds(5), s.delay(10));
    assertEquals(Duration.ofSeconds(5), s.delay(1_000));
  }

  @Test
  void aCapBelowTheFirstWaitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ZERO, Duration.ofSeconds(1)));
  }
}
