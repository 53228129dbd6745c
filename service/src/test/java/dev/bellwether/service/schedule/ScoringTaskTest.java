package dev.bellwether.service.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The scheduler checks each scored org at start and reports runs and failures, keeping its cadence. */
class ScoringTaskTest {

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void eachScoredOrgIsCheckedAtStartAndItsRunOrFailureReported(TestDatabase db) throws Exception {
    Store store = db.store();
    List<String> scored = new CopyOnWriteArrayList<>();
    List<String> failed = new CopyOnWriteArrayList<>();
    CountDownLatch both = new CountDownLatch(2);
    JobListener listener = new JobListener() {
      @Override
      public void scored(String orgId, String summary) {
        scored.add(orgId + ": " + summary);
        both.countDown();
      }

      @Override
      public void scoringFailed(String orgId, Exception error) {
        failed.add(orgId + ": " + error.getMessage());
        both.countDown();
      }
    };
    OrgScoring works = () -> Optional.of("12 accounts scored");
    OrgScoring breaks = () -> {
      throw new IllegalStateException("the store went away");
    };
    ScheduleSettings settings = ScheduleSettings.defaults("scoring-test").withHeartbeat(Duration.ofSeconds(1));
    SyncScheduler scheduler = new SyncScheduler(store, settings, List.of(), Map.of("orgA", works, "orgB", breaks),
        new Housekeeping(store, settings.retention(), Clock.systemUTC()), listener);
    scheduler.start();
    try {
      assertTrue(both.await(30, TimeUnit.SECONDS), "both orgs checked: " + scored + " " + failed);
    } finally {
      scheduler.stop();
    }
    assertEquals(List.of("orgA: 12 accounts scored"), scored);
    assertEquals(List.of("orgB: the store went away"), failed);
  }
}
