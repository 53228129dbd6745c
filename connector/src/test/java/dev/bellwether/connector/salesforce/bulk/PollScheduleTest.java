package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait between polls doubles from the first up to the cap. */
class PollScheduleTest {

  @Test
  void theStandardScheduleDoublesFromAHundredMillisecondsAndStopsAtFiveSeconds() {
    PollSchedule s = PollSchedule.standard();
    assertEquals(Duration.ofMillis(100), s.delay(0));
    assertEquals(Duration.ofMillis(200), s.delay(1));
    assertEquals(Duration.ofMillis(3_200), s.delay(5));
    assertEquals(Duration.ofSeconds(5), s.delay(6));
    assertEquals(Duration.ofSeconds(5), s.delay(1_000));
  }

  @Test
  void aCapBelowTheFirstWaitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ZERO, Duration.ofSeconds(1)));
  }
}
