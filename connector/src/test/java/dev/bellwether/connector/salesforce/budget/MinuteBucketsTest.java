package dev.bellwether.connector.salesforce.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rolling 24-hour count behind the budget. */
class MinuteBucketsTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:14:20Z");
  private static final Duration DAY = Duration.ofHours(24);

  @Test
  void aCallCountsForAFullDayAndLeavesWhenItsMinuteDoes() {
    MinuteBuckets b = new MinuteBuckets(DAY);
    b.add(T0, 3);
    b.add(T0.plus(Duration.ofMinutes(30)), 2);

    assertEquals(5, b.total(T0));
    assertEquals(5, b.total(T0.plus(DAY)));
    // the 10:14 minute leaves the window at 10:15 the next day
    assertEquals(5, b.total(Instant.parse("2026-11-24T10:14:59Z")));
    assertEquals(2, b.total(Instant.parse("2026-11-24T10:15:00Z")));
    assertEquals(0, b.total(Instant.parse("2026-11-24T10:45:00Z")));
  }

  @Test
  void callsInTheSameMinuteShareABucketAndOldBucketsAreReused() {
    MinuteBuckets b = new MinuteBuckets(DAY);
    b.add(T0, 1);
    b.add(T0.plusSeconds(30), 1);
    assertEquals(2, b.total(T0.plusSeconds(30)));
    // exactly 1,441 minutes later the same slot is taken by a new minute
    Instant later = T0.plus(Duration.ofMinutes(1441));
    b.add(later, 7);
    assertEquals(7, b.total(later));
  }

  @Test
  void whenBelowIsTheExpiryOfTheBucketThatBringsTheTotalUnderTheTarget() {
    MinuteBuckets b = new MinuteBuckets(DAY);
    b.add(T0, 4);                                     // minute 10:14
    b.add(T0.plus(Duration.ofMinutes(60)), 4);        // minute 11:14
    Instant now = T0.plus(Duration.ofHours(2));

    assertEquals(now, b.whenBelow(now, 9));
    // 8 counted, below 8 needs the 10:14 bucket gone
    assertEquals(Instant.parse("2026-11-24T10:15:00Z"), b.whenBelow(now, 8));
    assertEquals(Instant.parse("2026-11-24T10:15:00Z"), b.whenBelow(now, 5));
    // below 4 needs both gone
    assertEquals(Instant.parse("2026-11-24T11:15:00Z"), b.whenBelow(now, 4));
    assertNull(b.whenBelow(now, 0), "nothing ever drops below zero");
  }
}
