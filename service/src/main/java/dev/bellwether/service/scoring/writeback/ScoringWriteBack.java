package dev.bellwether.service.scoring.writeback;

import dev.bellwether.metrics.churn.ChurnReasonTaxonomy;
import dev.bellwether.metrics.health.Band;
import dev.bellwether.metrics.health.Explanation;
import dev.bellwether.metrics.health.HealthOverride;
import dev.bellwether.metrics.health.HealthScore;
import dev.bellwether.metrics.health.MeasureKind;
import dev.bellwether.metrics.renewal.ForecastCategory;
import dev.bellwether.metrics.renewal.RenewalForecast;
import dev.bellwether.metrics.renewal.ReminderWindows;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ChurnReasonRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.RenewalRecordRow;
import dev.bellwether.service.scoring.health.AccountHealthResult;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.renewals.ScheduledRenewal;
import dev.bellwether.store.Transactions;
import dev.bellwether.store.edits.LocalEditRepository;
import dev.bellwether.store.scoring.HealthSnapshotRepository;
import dev.bellwether.store.scoring.HealthSnapshotRow;
import dev.bellwether.sync.conflict.FieldValues;
import dev.bellwether.sync.local.LocalEdits;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes a run's results through {@link LocalEdits} in transactions of {@value #BATCH} records:
 * only values that differ from what the store holds are queued for the CRM, so a run that changed
 * nothing sends nothing.
 */
public final class ScoringWriteBack {

  static final int BATCH = 500;
  private static final Map<MeasureKind, String> MEASURE_FIELDS = Map.of(
      MeasureKind.USAGE, "Usage_Score__c",
      MeasureKind.FEATURE_ADOPTION, "Feature_Adoption_Score__c",
      MeasureKind.ACTIVE_USERS, "Active_User_Score__c",
      MeasureKind.NPS, "NPS_Score__c",
      MeasureKind.CSAT, "CSAT_Score__c",
      MeasureKind.ENGAGEMENT_RECENCY, "Engagement_Recency_Score__c");

  private final String orgId;
  private final Transactions transactions;
  private final LocalEdits edits;
  private final LocalEditRepository localRecords;
  private final ScoringMessages messages;
  private final Duration lastScoredRefresh;

  public ScoringWriteBack(String orgId, Transactions transactions, LocalEdits edits, LocalEditRepository localRecords,
      ScoringMessages messages, Duration lastScoredRefresh) {
    this.orgId = orgId;
    this.transactions = transactions;
    this.edits = edits;
    this.localRecords = localRecords;
    this.messages = messages;
    this.lastScoredRefresh = lastScoredRefresh;
  }

  /** Account CS_* fields; CS_Last_Scored__c moves with any change, and at least every refresh period. */
  public int accounts(CrmBook book, Map<String, AccountFields> fields, Instant now) throws SQLException {
    int changed = 0;
    for (List<Map.Entry<String, AccountFields>> batch : batches(new ArrayList<>(fields.entrySet()))) {
      changed += transactions.inTransaction(tx -> {
        int n = 0;
        for (Map.Entry<String, AccountFields> e : batch) {
          AccountRow account = book.accounts().get(e.getKey());
          Map<String, Object> values = e.getValue().values();
          boolean stale = account.lastScored() == null || account.lastScored().isBefore(now.minus(lastScoredRefresh));
          if (!stale && unchanged(account.fields(), values)) {
            continue;
          }
          boolean any = edits.edit(tx, "Account", e.getKey(), values).changed();
          if (any || stale) {
            edits.edit(tx, "Account", e.getKey(), Map.of("CS_Last_Scored__c", now.truncatedTo(ChronoUnit.SECONDS)
                .toString()));
            n += any ? 1 : 0;
          }
        }
        return n;
      });
    }
    return changed;
  }

  /** A CS_Health__c per new snapshot, keyed by account and day. */
  public int snapshots(CrmBook book, List<HealthSnapshotRow> snapshots, Map<String, AccountHealthResult> results,
      HealthSnapshotRepository store, Instant now) throws SQLException {
    int written = 0;
    for (List<HealthSnapshotRow> batch : batches(snapshots)) {
      written += transactions.inTransaction(tx -> {
        // The snapshot and its CRM copy commit together: a crash leaves both or neither.
        store.save(tx, orgId, batch);
        int n = 0;
        for (HealthSnapshotRow row : batch) {
          AccountHealthResult result = results.get(row.accountId());
          if (result != null && edits.upsert(tx, "CS_Health__c", healthKey(row), healthValues(book, row, result, now))
              .changed()) {
            n++;
          }
        }
        return n;
      });
    }
    return written;
  }

  /** The external id of an account's snapshot of a day. */
  public static String healthKey(HealthSnapshotRow row) {
    return "HEALTH-" + row.accountId() + "-" + row.snapshotDate();
  }

  private Map<String, Object> healthValues(CrmBook book, HealthSnapshotRow row, AccountHealthResult result,
      Instant now) {
    HealthScore score = result.health().computed();
    AccountRow account = book.accounts().get(row.accountId());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("Name", truncate((account == null || account.name() == null ? row.accountId() : account.name())
        + " " + row.snapshotDate(), 80));
    v.put("Account__c", row.accountId());
    v.put("Snapshot_Date__c", row.snapshotDate().toString());
    v.put("Scored_At__c", now.truncatedTo(ChronoUnit.SECONDS).toString());
    v.put("Scorecard__c", truncate(row.scorecard(), 80));
    v.put("Score__c", row.score() == null ? null : AccountFields.scale(row.score()));
    v.put("Band__c", score.band().map(Band::label).orElse(null));
    v.put("Coverage__c", row.measuresTotal() == 0 ? null
        : AccountFields.scale(100.0 * row.measuresScored() / row.measuresTotal()));
    v.put("Measures_Scored__c", row.measuresScored());
    v.put("Measures_In_Scorecard__c", row.measuresTotal());
    v.put("Trend__c", row.trend() == null ? null : AccountFields.scale(row.trend()));
    v.put("Summary__c", summary(result));
    v.put("Measure_Scores__c", row.measuresJson());
    for (Map.Entry<MeasureKind, String> f : MEASURE_FIELDS.entrySet()) {
      OptionalScore s = OptionalScore.of(score, f.getKey());
      v.put(f.getValue(), s.value());
    }
    HealthOverride override = result.health().activeOverride().orElse(null);
    v.put("Override_Band__c", override == null ? null : override.band().label());
    v.put("Override_Reason__c", override == null ? null : truncate(override.reason(), 255));
    // The author field is a User lookup: only a user id can go there.
    v.put("Override_Author__c", override != null && override.author().startsWith("005") ? override.author() : null);
    v.put("Override_Expires__c", override == null ? null : override.expiresOn().toString());
    return v;
  }

  /** The plain-language summary shown on the snapshot: score, coverage and the measures behind it. */
  String summary(AccountHealthResult result) {
    HealthScore score = result.health().computed();
    StringBuilder text = new StringBuilder();
    if (!score.hasScore()) {
      text.append(messages.format("summary.noScore", score.coverage().total(), score.scorecard().name()));
    } else {
      text.append(messages.format("summary.score", String.format("%.1f", score.score().getAsDouble()),
          score.band().map(Band::label).orElse(""), score.coverage().scored(), score.coverage().total(),
          score.scorecard().name()));
      List<String> movers = new ArrayList<>();
      for (Explanation.Mover m : result.explanation().movers()) {
        movers.add(messages.format("summary.mover", m.measure().key(), m.direction() == Explanation.Direction.UP
            ? "+" : "-", String.format("%.1f", Math.abs(m.contributionDelta())), raw(m.rawBefore()), raw(m.rawNow())));
      }
      if (!movers.isEmpty()) {
        text.append(' ').append(messages.format(result.explanation().basis() == Explanation.Basis.FIRST_SNAPSHOT
            ? "summary.first" : "summary.moved", String.join("; ", movers)));
      }
    }
    result.health().activeOverride().ifPresent(o -> text.append(' ').append(messages.format("summary.override",
        o.band().label(), o.author(), o.expiresOn().toString(), o.reason())));
    return text.toString();
  }

  private static String raw(java.util.OptionalDouble value) {
    return value.isPresent() ? String.format("%.1f", value.getAsDouble()) : "-";
  }

  /**
   * CS_Renewal__c records: numbers and status kept current; owner and forecast category only on
   * creation (the CSM's afterwards); reminder Tasks at the windows.
   */
  public int[] renewals(CrmBook book, List<RenewalState> states, ReminderWindows windows, LocalDate today)
      throws SQLException {
    int[] counts = new int[2];
    Set<String> createdReminders = new HashSet<>();
    for (var task : localRecords.list(orgId, "Task")) {
      if (task.externalId() != null) {
        createdReminders.add(task.externalId());
      }
    }
    for (List<RenewalState> batch : batches(states)) {
      int[] c = transactions.inTransaction(tx -> {
        int changed = 0;
        int reminders = 0;
        for (RenewalState state : batch) {
          Map<String, Object> values = renewalValues(book, state);
          RenewalRecordRow stored = book.renewalRecords().get(state.renewal().key());
          if ((stored == null || !unchanged(stored.fields(), values))
              && edits.upsert(tx, "CS_Renewal__c", state.renewal().key(), values).changed()) {
            changed++;
          }
          if (reminder(tx, book, state, windows, today, createdReminders)) {
            reminders++;
          }
        }
        return new int[] {changed, reminders};
      });
      counts[0] += c[0];
      counts[1] += c[1];
    }
    return counts;
  }

  private Map<String, Object> renewalValues(CrmBook book, RenewalState state) {
    ScheduledRenewal r = state.renewal();
    AccountRow account = book.accounts().get(r.accountId());
    boolean created = book.renewalRecords().containsKey(r.key());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("Name", truncate((account == null || account.name() == null ? r.accountId() : account.name()) + " "
        + r.renewalDate(), 80));
    v.put("Account__c", r.accountId());
    v.put("Contract__c", r.contractId());
    v.put("Opportunity__c", r.opportunity() == null ? null : r.opportunity().id());
    v.put("Renewal_Date__c", r.renewalDate().toString());
    v.put("ARR_Up_For_Renewal__c", AccountFields.scale(r.arrUp()));
    v.put("Status__c", state.status().picklistValue());
    v.put("Renewed_ARR__c", state.status().outcome().isRenewed() ? AccountFields.scale(state.renewedArr()) : null);
    state.forecast().ifPresent(f -> {
      v.put("System_Likelihood__c", f.likelihood());
      v.put("Risk_Level__c", f.riskLevel().picklistValue());
    });
    if (!created) {
      if (r.ownerId() != null) {
        v.put("OwnerId", r.ownerId());
      }
      v.put("Forecast_Category__c", state.forecast().map(RenewalForecast::suggestedCategory)
          .orElse(state.status().isClosed() ? ForecastCategory.OMITTED : ForecastCategory.PIPELINE).picklistValue());
    }
    return v;
  }

  private boolean reminder(Connection tx, CrmBook book, RenewalState state, ReminderWindows windows, LocalDate today,
      Set<String> createdReminders) throws SQLException {
    ScheduledRenewal r = state.renewal();
    if (state.status().isClosed() || r.ownerId() == null || state.forecast().isEmpty()) {
      return false;
    }
    Set<Integer> created = new HashSet<>();
    for (int days : windows.daysBefore()) {
      if (createdReminders.contains(ReminderWindows.reminderKey(r.key(), days))) {
        created.add(days);
      }
    }
    OptionalInt due = windows.due(state.status(), r.renewalDate(), today, created);
    if (due.isEmpty()) {
      return false;
    }
    int days = due.getAsInt();
    RenewalForecast f = state.forecast().get();
    AccountRow account = book.accounts().get(r.accountId());
    String name = account == null || account.name() == null ? r.accountId() : account.name();
    String arr = String.format("%,.0f", r.arrUp());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("Subject", truncate(messages.format("reminder.subject", days, name), 255));
    v.put("Description", messages.format("reminder.description", days, name, r.renewalDate().toString(), arr,
        f.likelihood().toPlainString(), f.riskLevel().picklistValue(),
        book.renewalRecords().containsKey(r.key()) && book.renewalRecords().get(r.key()).forecastCategory() != null
            ? book.renewalRecords().get(r.key()).forecastCategory() : f.suggestedCategory().picklistValue()));
    v.put("WhatId", r.accountId());
    v.put("OwnerId", r.ownerId());
    LocalDate dueDate = today.plusDays(7);
    v.put("ActivityDate", (dueDate.isAfter(r.renewalDate()) ? r.renewalDate() : dueDate).toString());
    v.put("Status", "Not Started");
    v.put("Priority", days <= 30 || "High".equals(f.riskLevel().picklistValue()) ? "High" : "Normal");
    return edits.upsert(tx, "Task", ReminderWindows.reminderKey(r.key(), days), v).changed();
  }

  /** Controllable__c follows each churn reason's primary reason, by the org's taxonomy. */
  public int churnReasons(List<ChurnReasonRow> reasons, ChurnReasonTaxonomy taxonomy) throws SQLException {
    return transactions.inTransaction(tx -> {
      int changed = 0;
      for (ChurnReasonRow reason : reasons) {
        if (reason.crmId() == null || reason.primaryReason() == null) {
          continue;
        }
        boolean controllable;
        try {
          controllable = taxonomy.reason(reason.primaryReason()).controllable();
        } catch (IllegalArgumentException unknown) {
          // A reason outside the taxonomy is reported by the churn analysis; its flag stays as people set it.
          continue;
        }
        if (!Boolean.valueOf(controllable).equals(reason.controllable())
            && edits.edit(tx, "CS_Churn_Reason__c", reason.crmId(), Map.of("Controllable__c", controllable))
                .changed()) {
          changed++;
        }
      }
      return changed;
    });
  }

  /** Whether the store already holds every value: then local edits would queue nothing, so skip them. */
  static boolean unchanged(Map<String, Object> stored, Map<String, Object> wanted) {
    for (Map.Entry<String, Object> e : wanted.entrySet()) {
      if (!FieldValues.same(stored.get(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static <T> List<List<T>> batches(List<T> all) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return out;
  }

  /** A measure's score rounded for a Number(5,2) field, or null without data. */
  private record OptionalScore(BigDecimal value) {
    static OptionalScore of(HealthScore score, MeasureKind kind) {
      return new OptionalScore(score.measure(kind).flatMap(m -> m.score().isPresent()
          ? java.util.Optional.of(AccountFields.scale(m.score().getAsDouble())) : java.util.Optional.empty())
          .orElse(null));
    }
  }
}
