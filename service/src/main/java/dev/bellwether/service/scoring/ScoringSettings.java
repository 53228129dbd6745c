package dev.bellwether.service.scoring;

import dev.bellwether.metrics.renewal.ReminderWindows;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The windows and targets a scoring run reads signals with.
 *
 * @param zone the org's time zone: "today" and every window are calendar days there
 * @param currency the org's corporate currency (amounts in the CRM are taken to be in it)
 * @param usageWindowDays usage, feature adoption and active users are counted over this many days
 * @param expectedEventsPerSeat the expected minimum usage events per licensed seat in the usage window
 * @param surveyWindowDays NPS and CSAT answers count for this many days
 * @param supportWindowDays cases opened in this many days make the unresolved ratio and SLA breaches
 * @param agedCaseDays an open case older than this is aged (domain.md: 14)
 * @param resolutionTargetHours per case priority, the resolution target; a case beyond it is a breach
 * @param championWindowDays a champion who left within this many days counts as a change
 * @param valueEvent the usage milestone that marks first value
 * @param onboardingCompletedEvent the usage milestone that marks onboarding complete
 * @param featureLookbackDays the churn model reads measures this many days before a renewal date
 * @param historyMonths renewals closed within this many months train the churn model
 * @param reminders the renewal reminder windows
 * @param lastScoredRefreshDays CS_Last_Scored__c is rewritten at least this often even when nothing
 *     else changed, so a stale date means the account is no longer being scored
 * @param retrainDays the churn model is trained again (with its backtest and KPI report) when the
 *     stored one is this old; runs in between reuse it, since labeling the history is a scoring run's
 *     most expensive step and renewal outcomes change slowly
 */
public record ScoringSettings(
    ZoneId zone,
    String currency,
    int usageWindowDays,
    double expectedEventsPerSeat,
    int surveyWindowDays,
    int supportWindowDays,
    int agedCaseDays,
    Map<String, Integer> resolutionTargetHours,
    int championWindowDays,
    String valueEvent,
    String onboardingCompletedEvent,
    int featureLookbackDays,
    int historyMonths,
    ReminderWindows reminders,
    int lastScoredRefreshDays,
    int retrainDays) {

  public ScoringSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(currency, "currency");
    resolutionTargetHours = Map.copyOf(resolutionTargetHours);
    Objects.requireNonNull(reminders, "reminders");
    for (int days : new int[] {usageWindowDays, surveyWindowDays, supportWindowDays, agedCaseDays,
        championWindowDays, featureLookbackDays, historyMonths, lastScoredRefreshDays, retrainDays}) {
      if (days <= 0) {
        throw new IllegalArgumentException("scoring windows must be positive, got " + days);
      }
    }
  }

  /**
   * Defaults: 30-day usage window with 60 events per seat expected, 180-day survey window, 90-day
   * support window, cases aged at 14 days, resolution targets by priority (Critical/Urgent 24 h,
   * High 72 h, Medium 7 days, Low 14 days), first value at {@code first_report_shared}, onboarding
   * complete at {@code onboarding_completed}, model features 90 days before renewal over 24 months
   * of renewals, reminders at 120/90/60/30 days, CS_Last_Scored__c refreshed weekly, the churn model
   * retrained weekly.
   */
  public static ScoringSettings defaults(ZoneId zone) {
    return new ScoringSettings(zone, "USD", 30, 60, 180, 90, 14,
        Map.of("critical", 24, "urgent", 24, "high", 72, "medium", 168, "low", 336), 90,
        "first_report_shared", "onboarding_completed", 90, 24, ReminderWindows.defaults(), 7, 7);
  }

  /** The same settings in another time zone. */
  public ScoringSettings withZone(ZoneId other) {
    return new ScoringSettings(other, currency, usageWindowDays, expectedEventsPerSeat, surveyWindowDays,
        supportWindowDays, agedCaseDays, resolutionTargetHours, championWindowDays, valueEvent,
        onboardingCompletedEvent, featureLookbackDays, historyMonths, reminders, lastScoredRefreshDays, retrainDays);
  }

  /** The resolution target of a case priority (case-insensitive); Medium's for an unknown one. */
  public int resolutionTargetHours(String priority) {
    Integer hours = priority == null ? null : resolutionTargetHours.get(priority.strip().toLowerCase());
    return hours != null ? hours : resolutionTargetHours.getOrDefault("medium", 168);
  }
}
