package dev.bellwether.service.panels.account;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.scoring.ChurnRiskRow;
import dev.bellwether.store.scoring.HealthOverrideRow;
import dev.bellwether.store.scoring.HealthSnapshotRow;
import dev.bellwether.store.signals.SurveyAnswer;
import dev.bellwether.store.signals.SurveyType;
import dev.bellwether.store.signals.UsageEvent;
import dev.bellwether.store.signals.UsageKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one account's panel data into a real store: the Account record, health snapshots, an
 * override, churn risk, CS_Renewal__c and Case records, survey answers and usage, each through the
 * store's own repositories, the way sync, ingest and the scoring job write them.
 */
final class AccountDataBuilder {
  private static final Instant MODSTAMP = Instant.parse("2026-03-01T00:00:00Z");
  private final String org;
  private final String account;
  private final Map<String, Object> accountFields = new LinkedHashMap<>();
  private final List<HealthSnapshotRow> snapshots = new ArrayList<>();
  private final List<StoredRecord> records = new ArrayList<>();
  private final List<SurveyAnswer> answers = new ArrayList<>();
  private final List<UsageEvent> usage = new ArrayList<>();
  private HealthOverrideRow override;
  private ChurnRiskRow risk;
  private int sequence;

  AccountDataBuilder(String org, String account) {
    this.org = org;
    this.account = account;
  }

  AccountDataBuilder field(String name, Object value) {
    accountFields.put(name, value);
    return this;
  }

  /** A snapshot with one measure of each kind of state: scored, and without data. */
  AccountDataBuilder snapshot(String day, double score, String band, int scored, int total, Double trend) {
    snapshots.add(new HealthSnapshotRow(account, LocalDate.parse(day), "Enterprise", score, band, scored, total, trend,
        "{\"usage\":{\"weight\":20.0,\"raw\":84.0,\"score\":92.5},\"nps\":{\"weight\":10.0},"
            + "\"aged_cases\":{\"weight\":15.0,\"raw\":2.0,\"score\":50.0}}",
        "{\"basis\":\"SINCE_PREVIOUS\",\"movers\":[{\"measure\":\"usage\",\"direction\":\"UP\",\"points\":3.1,"
            + "\"rawBefore\":70.0,\"rawNow\":84.0}]}",
        Instant.parse(day + "T02:00:00Z")));
    return this;
  }

  AccountDataBuilder override(String band, String reason, String author, String until) {
    override = new HealthOverrideRow(account, band, reason, author, LocalDate.parse(until), MODSTAMP);
    return this;
  }

  AccountDataBuilder churnRisk(double probability, String contributionsJson) {
    risk = new ChurnRiskRow(account, probability, contributionsJson, MODSTAMP);
    return this;
  }

  /** A CS_Renewal__c of this account, or of {@code forAccount}. */
  AccountDataBuilder renewal(String forAccount, String date, String arrUp, String forecast, int likelihood,
      String risk, String status) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Account__c", forAccount);
    f.put("Renewal_Date__c", date);
    f.put("ARR_Up_For_Renewal__c", new BigDecimal(arrUp));
    f.put("Forecast_Category__c", forecast);
    f.put("System_Likelihood__c", new BigDecimal(likelihood));
    f.put("Risk_Level__c", risk);
    f.put("Status__c", status);
    records.add(new StoredRecord(org, "CS_Renewal__c", id("a0R"), f, MODSTAMP, false));
    return this;
  }

  /** A Case of {@code forAccount}; closed when {@code closed} is not null. */
  AccountDataBuilder caseOf(String forAccount, String number, String subject, String priority, String created,
      String closed) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("AccountId", forAccount);
    f.put("CaseNumber", number);
    f.put("Subject", subject);
    f.put("Priority", priority);
    f.put("CreatedDate", created);
    f.put("IsClosed", closed != null);
    if (closed != null) {
      f.put("ClosedDate", closed);
    }
    records.add(new StoredRecord(org, "Case", id("500"), f, MODSTAMP, false));
    return this;
  }

  AccountDataBuilder answer(SurveyType survey, int score, String at, String comment) {
    answers.add(new SurveyAnswer("ans-" + (++sequence), account, null, survey, score, Instant.parse(at), comment));
    return this;
  }

  /** {@code count} single events of a feature by a user on a day. */
  AccountDataBuilder events(String day, String feature, String user, long count) {
    usage.add(new UsageEvent("ev-" + (++sequence), account, UsageKind.EVENT, feature, user, LocalDate.parse(day), null,
        count, null, null));
    return this;
  }

  AccountDataBuilder weekly(String weekStart, String feature, long count, int activeUsers, int seats) {
    usage.add(new UsageEvent("wk-" + (++sequence), account, UsageKind.WEEKLY, feature, null,
        LocalDate.parse(weekStart), null, count, activeUsers, seats));
    return this;
  }

  void writeTo(Store store) throws Exception {
    List<StoredRecord> all = new ArrayList<>(records);
    if (!accountFields.isEmpty()) {
      all.add(new StoredRecord(org, "Account", account, accountFields, MODSTAMP, false));
    }
    store.transactions().inTransaction(tx -> {
      store.records().upsert(tx, all);
      store.scoring().snapshots().save(tx, org, snapshots);
      if (override != null) {
        store.scoring().overrides().put(tx, org, override);
      }
      if (risk != null) {
        store.scoring().churnRisks().save(tx, org, List.of(risk));
      }
      store.signals().surveys().write(tx, org, answers);
      store.signals().usage().write(tx, org, usage);
      return null;
    });
  }

  private String id(String prefix) {
    return String.format("%s%012dAAA", prefix, ++sequence);
  }
}
