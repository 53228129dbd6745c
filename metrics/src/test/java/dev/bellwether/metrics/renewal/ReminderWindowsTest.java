package dev.bellwether.metrics.renewal;

import static dev.bellwether.metrics.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReminderWindowsTest {
  private static final LocalDate RENEWAL = date("2026-03-31");
  private final ReminderWindows windows = ReminderWindows.defaults();

  @Test
  void defaultsAre120To30DaysLargestFirst() {
    assertEquals(List.of(120, 90, 60, 30), windows.daysBefore());
    assertEquals(List.of(90, 45, 7), ReminderWindows.of(7, 90, 45).daysBefore());
  }

  @Test
  void nothingIsDueBeforeTheFirstWindow() {
    // 2025-12-01 is 120 days before 2026-03-31; the day before is 121.
    assertEquals(OptionalInt.empty(), windows.due(RENEWAL, date("2025-11-30"), Set.of()));
    assertEquals(OptionalInt.of(120), windows.due(RENEWAL, date("2025-12-01"), Set.of()));
  }

  @Test
  void eachWindowIsDueOnceAndWaitsForTheNext() {
    assertEquals(OptionalInt.empty(), windows.due(RENEWAL, date("2025-12-15"), Set.of(120)));
    // 90 days before: 2025-12-31.
    assertEquals(OptionalInt.of(90), windows.due(RENEWAL, date("2025-12-31"), Set.of(120)));
    assertEquals(OptionalInt.empty(), windows.due(RENEWAL, date("2026-01-15"), Set.of(120, 90)));
    assertEquals(OptionalInt.of(30), windows.due(RENEWAL, date("2026-03-01"), Set.of(120, 90, 60)));
    assertEquals(OptionalInt.of(30), windows.due(RENEWAL, RENEWAL, Set.of(120, 90, 60)));
  }

  @Test
  void aRenewalFirstSeenAt45DaysLeftGetsOnlyThe60DayReminder() {
    // 45 days before 2026-03-31 is 2026-02-14.
    assertEquals(OptionalInt.of(60), windows.due(RENEWAL, date("2026-02-14"), Set.of()));
    assertEquals(OptionalInt.empty(), windows.due(RENEWAL, date("2026-02-14"), Set.of(60)));
  }

  @Test
  void nothingIsDueOnceTheDatePassedOrTheRenewalClosed() {
    assertEquals(OptionalInt.empty(), windows.due(RENEWAL, date("2026-04-01"), Set.of()));
    assertEquals(OptionalInt.empty(), windows.due(RenewalStatus.RENEWED, RENEWAL, date("2026-03-15"), Set.of()));
    assertEquals(OptionalInt.empty(), windows.due(RenewalStatus.CHURNED, RENEWAL, date("2026-03-15"), Set.of()));
    assertEquals(OptionalInt.of(30), windows.due(RenewalStatus.IN_PROGRESS, RENEWAL, date("2026-03-15"), Set.of()));
  }

  @Test
  void windowsNoLongerConfiguredDoNotCount() {
    assertEquals(OptionalInt.of(60), windows.due(RENEWAL, date("2026-02-14"), Set.of(45, 75)));
  }

  @Test
  void badWindowsAreRefusedByValue() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ReminderWindows.of(90, -5));
    assertEquals("reminder windows must be positive days before the renewal date; -5 in [90, -5] is not",
        negative.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> ReminderWindows.of(30, 60, 30));
    assertEquals("reminder windows must be distinct; 30 appears twice in [30, 60, 30]", twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReminderWindows.of());
    assertThrows(IllegalArgumentException.class, () -> ReminderWindows.of(0));
  }

  @Test
  void theReminderKeyIsTheRenewalKeyAndTheWindow() {
    assertEquals("renewal-800xx0001-2026-03-31:60", ReminderWindows.reminderKey("renewal-800xx0001-2026-03-31", 60));
    assertThrows(IllegalArgumentException.class, () -> ReminderWindows.reminderKey(" ", 60));
    assertThrows(IllegalArgumentException.class, () -> ReminderWindows.reminderKey("r", 0));
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> ReminderWindows.reminderKey("k".repeat(252), 120));
    assertTrue(tooLong.getMessage().endsWith("is longer than the 255 characters Task.Bellwether_Key__c holds"));
  }

  @Property
  void atMostOneWindowIsDueAndItIsAReachedWindowWithoutATask(@ForAll("windowSets") ReminderWindows w,
      @ForAll @IntRange(min = -10, max = 400) int daysLeft, @ForAll("created") Set<Integer> created) {
    LocalDate today = RENEWAL.minusDays(daysLeft);
    OptionalInt due = w.due(RENEWAL, today, created);
    if (due.isPresent()) {
      int window = due.getAsInt();
      assertTrue(w.daysBefore().contains(window));
      assertTrue(daysLeft >= 0 && daysLeft <= window);
      assertTrue(!created.contains(window));
      // No smaller window is reached: it is the latest one.
      assertTrue(w.daysBefore().stream().noneMatch(x -> x < window && daysLeft <= x));
    }
  }

  @Property
  void walkingDayByDayCreatesEachReachedWindowOnceAndNothingTwice(@ForAll("windowSets") ReminderWindows w,
      @ForAll @IntRange(min = 0, max = 400) int firstSeenDaysLeft) {
    Set<Integer> created = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int left = firstSeenDaysLeft; left >= -5; left--) {
      LocalDate today = RENEWAL.minusDays(left);
      OptionalInt due = w.due(RENEWAL, today, created);
      if (due.isPresent()) {
        assertTrue(created.add(due.getAsInt()), "window " + due.getAsInt() + " created twice");
        order.add(due.getAsInt());
        // Asked again the same day, with the Task created: nothing more.
        assertEquals(OptionalInt.empty(), w.due(RENEWAL, today, created));
      }
    }
    // Every window from the first reached one down is created, in order; none before it.
    List<Integer> expected = w.daysBefore().stream().filter(x -> x <= firstSeenDaysLeft).toList();
    int firstReached = w.daysBefore().stream().filter(x -> x >= firstSeenDaysLeft).reduce((a, b) -> b).orElse(-1);
    List<Integer> want = new ArrayList<>();
    if (firstReached > 0 && firstReached != firstSeenDaysLeft) {
      want.add(firstReached);
    }
    want.addAll(expected);
    assertEquals(want, order);
  }

  @Provide
  Arbitrary<ReminderWindows> windowSets() {
    return Arbitraries.integers().between(1, 365).set().ofMinSize(1).ofMaxSize(6)
        .map(s -> new ReminderWindows(List.copyOf(s)));
  }

  @Provide
  Arbitrary<Set<Integer>> created() {
    return Arbitraries.integers().between(1, 365).set().ofMaxSize(4);
  }
}
