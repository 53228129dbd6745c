package dev.bellwether.service.panels.account;

import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.scoring.ChurnRiskRow;
import dev.bellwether.store.scoring.HealthOverrideRow;
import dev.bellwether.store.scoring.HealthSnapshotRow;
import dev.bellwether.store.signals.SurveyAnswer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the store holds about one account that its panel and QBR summary show, read at one
 * moment.
 *
 * @param account the Account record; empty when not synced yet
 * @param snapshots health snapshots, newest first (about 13 months)
 * @param override the CSM's band override, expired or not
 * @param churnRisk the latest churn risk
 * @param renewals the account's CS_Renewal__c records
 * @param cases the account's Case records
 * @param answers NPS and CSAT answers of the last year, newest first
 * @param usage usage events per day (events and weekly rollups), oldest first
 * @param quarterAdoption adoption over the QBR's quarter
 */
record AccountFacts(Optional<StoredRecord> account, List<HealthSnapshotRow> snapshots,
    Optional<HealthOverrideRow> override, Optional<ChurnRiskRow> churnRisk, List<StoredRecord> renewals,
    List<StoredRecord> cases, List<SurveyAnswer> answers, List<UsageDay> usage, Adoption quarterAdoption) {

  AccountFacts {
    snapshots = List.copyOf(snapshots);
    renewals = List.copyOf(renewals);
    cases = List.copyOf(cases);
    answers = List.copyOf(answers);
    usage = List.copyOf(usage);
  }

  /** Events on one day. */
  record UsageDay(LocalDate day, long events) {}

  /**
   * Adoption over a period.
   *
   * @param features distinct features used
   * @param eventUsers distinct users named by single events
   * @param weeklyActiveUsers the highest weekly rollup count of active users, or null without rollups
   * @param licensedSeats the highest seat count rollups gave, or null
   */
  record Adoption(int features, int eventUsers, Integer weeklyActiveUsers, Integer licensedSeats) {
    static final Adoption NONE = new Adoption(0, 0, null, null);

    /** Active users: the larger of the two ways the senders count them. */
    int activeUsers() {
      return Math.max(eventUsers, weeklyActiveUsers == null ? 0 : weeklyActiveUsers);
    }
  }
}
