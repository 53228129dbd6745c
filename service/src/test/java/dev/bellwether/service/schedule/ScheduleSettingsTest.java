package dev.bellwether.service.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduleSettingsTest {

  @Test
  void defaultsMeetTheFreshnessGoalsAndTakeOverADeadInstanceAfterAMinute() {
    ScheduleSettings s = ScheduleSettings.defaults("i1");

    assertEquals(Duration.ofSeconds(60), s.pollInterval());
    assertEquals(Duration.ofSeconds(5), s.drainInterval());
    assertEquals(Duration.ofSeconds(1), s.dueCheckInterval(), "a due drain waits at most 1 s: 5 + 1 < 10 s");
    assertEquals(Duration.ofSeconds(60), s.deadAfter());
  }

  @Test
  void dueJobsAreCheckedForAtHalfTheShorterIntervalButNotMoreOftenThanEvery100Ms() {
    ScheduleSettings s = ScheduleSettings.defaults("i1");

    assertEquals(Duration.ofMillis(250), s.withDrainInterval(Duration.ofMillis(500)).dueCheckInterval());
    assertEquals(Duration.ofMillis(750), s.withPollInterval(Duration.ofMillis(1500)).dueCheckInterval());
    assertEquals(Duration.ofMillis(100), s.withDrainInterval(Duration.ofMillis(50)).dueCheckInterval());
  }

  @Test
  void nonsenseIsRefusedNamingTheSetting() {
    ScheduleSettings s = ScheduleSettings.defaults("i1");

    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.withThreads(0)).getMessage().contains("threads"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.withPollInterval(Duration.ZERO)).getMessage()
        .contains("poll interval"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ScheduleSettings.defaults(" ")).getMessage()
        .contains("name"));
  }
}
