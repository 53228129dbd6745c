package dev.bellwether.store.signals;

/**
 * One account's product usage in a window, from single events and weekly rollups (milestones are
 * not usage). A weekly rollup counts in the window of its week's first day.
 *
 * @param accountId the CRM account
 * @param events the sum of event counts
 * @param featuresUsed distinct features with at least one event or rollup
 * @param weeklyActiveUsers the largest active-user count of a weekly rollup, or null without rollups
 * @param eventUsers distinct user ids of single events
 * @param licensedSeats the largest seat count a weekly rollup reported, or null without rollups
 */
public record UsageAggregate(String accountId, long events, int featuresUsed, Integer weeklyActiveUsers,
    int eventUsers, Integer licensedSeats) {

  /** Active users: the larger of the weekly rollups' figure and the single events' distinct users. */
  public int activeUsers() {
    return Math.max(weeklyActiveUsers == null ? 0 : weeklyActiveUsers, eventUsers);
  }
}
