package dev.bellwether.metrics.renewal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The days before a renewal date at which its owner gets a reminder Task (domain.md: 120, 90, 60
 * and 30 by default), and which reminder is due now.
 *
 * <p>At most one reminder is due per call: the latest window already reached (days left ≤
 * window) if it has no Task yet. Earlier windows that were skipped are not back-filled: a
 * renewal first seen with 45 days left gets the 60-day reminder only, since three reminders at
 * once would say nothing more than one. Nothing is due once the date has passed or the renewal
 * is closed.
 *
 * <p>Each reminder has a stable key, {@code renewalKey + ":" + windowDays}, which the Task carries
 * in Bellwether_Key__c, so a retried write updates the Task it already created.
 *
 * @param daysBefore the windows, in days before the renewal date, largest first
 */
public record ReminderWindows(List<Integer> daysBefore) {

  /** Bellwether_Key__c is a Text(255). */
  static final int MAX_KEY_LENGTH = 255;

  public ReminderWindows {
    Objects.requireNonNull(daysBefore, "daysBefore");
    if (daysBefore.isEmpty()) {
      throw new IllegalArgumentException("reminder windows: give at least one number of days");
    }
    Set<Integer> seen = new HashSet<>();
    for (Integer days : daysBefore) {
      if (days == null || days <= 0) {
        throw new IllegalArgumentException("reminder windows must be positive days before the"
            + " renewal date; " + days + " in " + daysBefore + " is not");
      }
      if (!seen.add(days)) {
        throw new IllegalArgumentException(
            "reminder windows must be distinct; " + days + " appears twice in " + daysBefore);
      }
    }
    List<Integer> sorted = new ArrayList<>(daysBefore);
    sorted.sort(Comparator.reverseOrder());
    daysBefore = List.copyOf(sorted);
  }

  /** 120, 90, 60 and 30 days before the renewal date. */
  public static ReminderWindows defaults() {
    return new ReminderWindows(List.of(120, 90, 60, 30));
  }

  /** The windows given as days before the renewal date, in any order. */
  public static ReminderWindows of(int... daysBefore) {
    List<Integer> days = new ArrayList<>();
    for (int d : daysBefore) {
      days.add(d);
    }
    return new ReminderWindows(days);
  }

  /**
   * The window whose reminder should be created on {@code today} for an open renewal due on
   * {@code renewalDate}, or empty; {@code alreadyCreated} holds the windows that already have a
   * Task (windows no longer configured are ignored).
   */
  public OptionalInt due(LocalDate renewalDate, LocalDate today, Set<Integer> alreadyCreated) {
    Objects.requireNonNull(alreadyCreated, "alreadyCreated");
    long daysLeft = ChronoUnit.DAYS.between(today, renewalDate);
    if (daysLeft < 0) {
      return OptionalInt.empty();
    }
    // The smallest window not below daysLeft is the latest one reached.
    for (int i = daysBefore.size() - 1; i >= 0; i--) {
      int window = daysBefore.get(i);
      if (daysLeft <= window) {
        return alreadyCreated.contains(window) ? OptionalInt.empty() : OptionalInt.of(window);
      }
    }
    return OptionalInt.empty();
  }

  /** As {@link #due(LocalDate, LocalDate, Set)}, and nothing for a closed renewal. */
  public OptionalInt due(
      RenewalStatus status, LocalDate renewalDate, LocalDate today, Set<Integer> alreadyCreated) {
    return status.isClosed() ? OptionalInt.empty() : due(renewalDate, today, alreadyCreated);
  }

  /** The key of a renewal's reminder for one window: {@code renewalKey:windowDays}. */
  public static String reminderKey(String renewalKey, int windowDays) {
    Objects.requireNonNull(renewalKey, "renewalKey");
    if (renewalKey.isBlank()) {
      throw new IllegalArgumentException("a reminder key needs the renewal's key, which is blank");
    }
    if (windowDays <= 0) {
      throw new IllegalArgumentException("reminder window must be positive, was " + windowDays);
    }
    String key = renewalKey + ":" + windowDays;
    if (key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("reminder key '" + key + "' is longer than the "
          + MAX_KEY_LENGTH + " characters Task.Bellwether_Key__c holds");
    }
    return key;
  }
}
