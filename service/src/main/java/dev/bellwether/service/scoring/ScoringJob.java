package dev.bellwether.service.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.churn.ChurnReasonTaxonomy;
import dev.bellwether.metrics.health.AccountSignals;
import dev.bellwether.metrics.health.Band;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.metrics.prediction.ChurnRiskModel;
import dev.bellwether.metrics.prediction.RiskExplanation;
import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.metrics.renewal.ForecastInputs;
import dev.bellwether.metrics.sentiment.NetPromoterScore;
import dev.bellwether.metrics.renewal.RenewalForecaster;
import dev.bellwether.metrics.renewal.RenewalStatusRules;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.CrmBookLoader;
import dev.bellwether.service.scoring.churn.ChurnModelOutcome;
import dev.bellwether.service.scoring.churn.ChurnReportsJson;
import dev.bellwether.service.scoring.churn.ChurnStage;
import dev.bellwether.service.scoring.health.AccountHealthResult;
import dev.bellwether.service.scoring.health.HealthStage;
import dev.bellwether.service.scoring.health.SnapshotJson;
import dev.bellwether.service.scoring.renewals.RenewalSchedule;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.renewals.RenewalStatuses;
import dev.bellwether.service.scoring.signals.SignalSource;
import dev.bellwether.service.scoring.signals.SignalsAssembler;
import dev.bellwether.service.scoring.writeback.AccountFields;
import dev.bellwether.service.scoring.writeback.ScoringMessages;
import dev.bellwether.service.scoring.writeback.ScoringWriteBack;
import dev.bellwether.service.scoring.writeback.WriteCounts;
import dev.bellwether.store.Store;
import dev.bellwether.store.scoring.ChurnModelRow;
import dev.bellwether.store.scoring.ChurnRiskRow;
import dev.bellwether.store.scoring.ScoringRunRow;
import dev.bellwether.sync.local.LocalEdits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scoring run over an org: reads the CRM book and the signal aggregates from the store,
 * scores health, derives renewals, trains and applies the churn model, and writes what changed
 * to the store and, through local edits, to the outbox.
 */
public final class ScoringJob {

  /** CS_Renewal__c records are kept for renewals due from this many days back, and every later one. */
  static final int RENEWAL_HISTORY_DAYS = 365;
  /** An account still in onboarding counts as Onboarding for at most this long after it started. */
  static final int ONBOARDING_STAGE_DAYS = 180;
  /** A renewal this close puts the account in the Renewal stage (the first reminder window). */
  static final int RENEWAL_STAGE_DAYS = 120;

  private final Store store;
  private final String orgId;
  private final ScoringSettings settings;
  private final ScorecardSet scorecards;
  private final SignalSource signals;
  private final LocalEdits edits;
  private final ScoringMessages messages;
  private final ChurnReasonTaxonomy taxonomy;
  private final Clock clock;
  private final String instanceId;
  private final ObjectMapper mapper = new ObjectMapper();

  public ScoringJob(Store store, String orgId, ScoringSettings settings, ScorecardSet scorecards, SignalSource signals,
      LocalEdits edits, ScoringMessages messages, ChurnReasonTaxonomy taxonomy, Clock clock, String instanceId) {
    this.store = store;
    this.orgId = orgId;
    this.settings = settings;
    this.scorecards = scorecards;
    this.signals = signals;
    this.edits = edits;
    this.messages = messages;
    this.taxonomy = taxonomy;
    this.clock = clock;
    this.instanceId = instanceId;
  }

  /** Computes everything and writes nothing, reusing the stored churn model while it is fresh. */
  public ScoringAnalysis analyse() throws SQLException {
    return analyse(false);
  }

  /**
   * Computes everything and writes nothing; with {@code train}, the churn model is trained now
   * with its backtest and KPI report (what {@code validate-kpis} shows) even when a fresh one is
   * stored.
   */
  public ScoringAnalysis analyse(boolean train) throws SQLException {
    StageTimings timings = new StageTimings();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    // Read before the book, so a change arriving while the run reads is newer and triggers the next run.
    Instant crmVersion = store.records().crmVersion(orgId).orElse(null);
    CrmBook book = new CrmBookLoader(store.records(), dev.bellwether.service.scoring.book.Segmenter.defaults(),
        CrmBookLoader.DEFAULT_CHAMPION_TITLES, AccountFields.NAMES).load(orgId);
    timings.lap("load CRM records");
    SignalsAssembler assembler = new SignalsAssembler(signals, settings, java.util.Set.copyOf(scorecards.keyFeatures()));
    Map<String, AccountSignals> current = assembler.assemble(orgId, book, today);
    // Health is a customer's: prospects and churned accounts are left without a score.
    Map<String, BigDecimal> arrToday = arrOn(book, today);
    current.keySet().retainAll(arrToday.keySet());
    timings.lap("signal aggregates");
    HealthStage.Outcome health = new HealthStage(scorecards, new SnapshotJson(mapper)).run(orgId, today, now,
        book.accounts(), current, store.scoring().overrides().all(orgId), store.scoring().snapshots());
    timings.lap("health scores");
    List<RenewalState> renewals = new RenewalStatuses(RenewalStatusRules.defaults(), settings.currency())
        .derive(book, RenewalSchedule.of(book), today);
    timings.lap("renewals");
    ChurnModelOutcome churn = new ChurnStage(settings, scorecards, assembler).run(orgId, book, renewals,
        health.results(), today, train ? Optional.empty() : freshModel(now));
    timings.lap("churn model");
    renewals = forecast(renewals, health.results(), churn, today);
    Map<String, AccountFields> fields = accountFields(book, health.results(), renewals, churn, current, today);
    timings.lap("forecasts");
    return new ScoringAnalysis(today, now, crmVersion, book, health, renewals, churn, fields, timings);
  }

  /** Analyses and writes: snapshots, Account fields, CS_Health__c, renewals, reminders, churn risk, the model. */
  public ScoringReport run() throws SQLException {
    ScoringAnalysis a = analyse();
    StageTimings timings = a.timings();
    ScoringWriteBack writeBack = new ScoringWriteBack(orgId, store.transactions(), edits, store.localEdits(), messages,
        Duration.ofDays(settings.lastScoredRefreshDays()));
    int snapshots = writeBack.snapshots(a.book(), a.health().snapshots(), a.health().results(),
        store.scoring().snapshots(), a.computedAt());
    int accounts = writeBack.accounts(a.book(), a.accountFields(), a.computedAt());
    List<RenewalState> kept = a.renewals().stream()
        .filter(r -> !r.renewal().renewalDate().isBefore(a.asOf().minusDays(RENEWAL_HISTORY_DAYS))).toList();
    int[] renewals = writeBack.renewals(a.book(), kept, settings.reminders(), a.asOf());
    int reasons = writeBack.churnReasons(a.book().churnReasons(), taxonomy);
    saveChurn(a);
    WriteCounts writes = new WriteCounts(accounts, snapshots, renewals[0], renewals[1], reasons);
    timings.lap("write-back");
    int scored = (int) a.health().results().values().stream().filter(r -> r.health().computed().hasScore()).count();
    int open = (int) a.renewals().stream().filter(r -> !r.status().isClosed()).count();
    ScoringReport report = new ScoringReport(orgId, a.asOf(), a.book().accounts().size(), scored, kept.size(), open,
        a.churn(), writes, timings.ordered(), timings.total());
    Instant finished = clock.instant();
    store.transactions().inTransaction(tx -> {
      store.scoring().runs().record(tx, orgId, new ScoringRunRow(instanceId, a.computedAt(), finished,
          a.crmVersion(), summaryJson(report)));
      return null;
    });
    return report;
  }

  /** The stored churn model while it is younger than the retraining period. */
  private Optional<ChurnStage.StoredModel> freshModel(Instant now) throws SQLException {
    Optional<ChurnModelRow> row = store.scoring().churnModels().find(orgId);
    if (row.isEmpty() || row.get().modelJson() == null
        || row.get().trainedAt().isBefore(now.minus(Duration.ofDays(settings.retrainDays())))) {
      return Optional.empty();
    }
    try {
      Map<String, Object> map = mapper.readValue(row.get().modelJson(),
          new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
      return Optional.of(new ChurnStage.StoredModel(ChurnRiskModel.fromMap(map), row.get().trainedAt()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // A model this version cannot read is trained again rather than trusted.
      return Optional.empty();
    }
  }

  private void saveChurn(ScoringAnalysis a) throws SQLException {
    ChurnReportsJson json = new ChurnReportsJson(mapper);
    List<ChurnRiskRow> risks = new ArrayList<>();
    for (Map.Entry<String, RiskExplanation> e : a.churn().risks().entrySet()) {
      risks.add(new ChurnRiskRow(e.getKey(), e.getValue().probability(), write(json.contributions(e.getValue(), 5)),
          a.computedAt()));
    }
    for (int i = 0; i < risks.size(); i += 1000) {
      List<ChurnRiskRow> batch = risks.subList(i, Math.min(risks.size(), i + 1000));
      store.transactions().inTransaction(tx -> {
        store.scoring().churnRisks().save(tx, orgId, batch);
        return null;
      });
    }
    if (a.churn().reports().isEmpty()) {
      return;
    }
    String model = a.churn().training() instanceof TrainingResult.Trained t ? write(mapper.valueToTree(
        t.model().toMap())) : null;
    ObjectNode backtest = json.backtest(a.churn().reportsOrThrow().backtest());
    if (a.churn().training() instanceof TrainingResult.Refused refused) {
      backtest.put("trainingRefused", refused.reason());
    }
    ChurnModelRow row = new ChurnModelRow(a.computedAt(), model, write(backtest),
        write(json.kpiValidation(a.churn().reportsOrThrow().kpiValidation())));
    store.transactions().inTransaction(tx -> {
      store.scoring().churnModels().save(tx, orgId, row);
      return null;
    });
  }

  private List<RenewalState> forecast(List<RenewalState> renewals, Map<String, AccountHealthResult> health,
      ChurnModelOutcome churn, LocalDate today) {
    RenewalForecaster forecaster = RenewalForecaster.defaults();
    Map<String, int[]> history = new HashMap<>();
    List<RenewalState> out = new ArrayList<>(renewals.size());
    // Renewals come in date order, so each account's earlier outcomes are counted before its open one.
    for (RenewalState r : renewals) {
      int[] h = history.computeIfAbsent(r.renewal().accountId(), k -> new int[2]);
      if (r.status().isClosed()) {
        h[r.status().outcome().isRenewed() ? 0 : 1]++;
        out.add(r);
        continue;
      }
      ForecastInputs inputs = ForecastInputs.none().withHistory(h[0], h[1]);
      AccountHealthResult result = health.get(r.renewal().accountId());
      if (result != null && result.health().computed().hasScore()) {
        inputs = inputs.withHealthScore(BigDecimal.valueOf(result.health().computed().score().getAsDouble())
            .setScale(2, RoundingMode.HALF_UP));
      }
      RiskExplanation risk = churn.risks().get(r.renewal().accountId());
      if (risk != null) {
        inputs = inputs.withChurnRisk(BigDecimal.valueOf(risk.probability() * 100).setScale(2, RoundingMode.HALF_UP));
      }
      out.add(new RenewalState(r.renewal(), r.status(), r.renewedArr(), Optional.of(forecaster.forecast(inputs))));
    }
    return out;
  }

  /** Each current customer's ARR on {@code day}: the ACV of its activated, priced contracts covering it. */
  static Map<String, BigDecimal> arrOn(CrmBook book, LocalDate day) {
    Map<String, BigDecimal> arr = new HashMap<>();
    for (ContractRow c : book.contracts()) {
      if (c.activated() && c.value() != null && c.start() != null && c.end() != null && !c.start().isAfter(day)
          && !c.end().isBefore(day) && c.value().signum() > 0) {
        arr.merge(c.accountId(), RenewalSchedule.acv(c), BigDecimal::add);
      }
    }
    return arr;
  }

  private Map<String, AccountFields> accountFields(CrmBook book, Map<String, AccountHealthResult> health,
      List<RenewalState> renewals, ChurnModelOutcome churn, Map<String, AccountSignals> signals, LocalDate today) {
    Map<String, BigDecimal> arr = new HashMap<>();
    Map<String, Boolean> everCustomer = new HashMap<>();
    for (ContractRow c : book.contracts()) {
      if (c.activated() && c.value() != null && c.start() != null && c.end() != null && !c.start().isAfter(today)) {
        everCustomer.put(c.accountId(), true);
        if (!c.end().isBefore(today)) {
          arr.merge(c.accountId(), RenewalSchedule.acv(c), BigDecimal::add);
        }
      }
    }
    Map<String, RenewalState> next = new HashMap<>();
    for (RenewalState r : renewals) {
      if (!r.status().isClosed() && !r.renewal().renewalDate().isBefore(today)) {
        next.merge(r.renewal().accountId(), r, (a, b) -> a.renewal().renewalDate().isAfter(b.renewal().renewalDate())
            ? b : a);
      }
    }
    Map<String, AccountFields> out = new LinkedHashMap<>();
    for (AccountRow account : book.accounts().values()) {
      AccountHealthResult h = health.get(account.id());
      RenewalState n = next.get(account.id());
      RiskExplanation risk = churn.risks().get(account.id());
      AccountSignals s = signals.get(account.id());
      BigDecimal accountArr = arr.get(account.id());
      out.put(account.id(), new AccountFields(
          h.health().computed().score().isPresent() ? BigDecimal.valueOf(h.health().computed().score().getAsDouble())
              : null,
          h.health().effectiveBand().map(Band::label).orElse(null),
          h.trend().isPresent() ? BigDecimal.valueOf(h.trend().getAsDouble()) : null,
          accountArr == null ? (everCustomer.containsKey(account.id()) ? BigDecimal.ZERO : null) : accountArr,
          n == null ? null : n.renewal().renewalDate(),
          n == null ? null : n.forecast().map(f -> f.riskLevel().picklistValue()).orElse(null),
          risk == null ? null : BigDecimal.valueOf(risk.probability() * 100),
          s == null ? null : nps(s.npsScores()),
          lifecycle(accountArr, everCustomer.containsKey(account.id()), s, n, today)));
    }
    return out;
  }

  /** The metrics module's NPS of the survey window's answers, rounded for CS_NPS__c; null without answers. */
  static Integer nps(List<Integer> scores) {
    int promoters = (int) scores.stream().filter(s -> s >= 9).count();
    int detractors = (int) scores.stream().filter(s -> s <= 6).count();
    return new NetPromoterScore(promoters, scores.size() - promoters - detractors, detractors).score()
        .map(v -> v.setScale(0, RoundingMode.HALF_UP).intValue()).orElse(null);
  }

  private static String lifecycle(BigDecimal arr, boolean everCustomer, AccountSignals s, RenewalState next,
      LocalDate today) {
    if (arr == null || arr.signum() == 0) {
      return everCustomer ? "Churned" : null;
    }
    if (s != null && s.onboarding().isPresent() && s.onboarding().get().completedOn().isEmpty()
        && s.onboarding().get().customerSince().isAfter(today.minusDays(ONBOARDING_STAGE_DAYS))) {
      return "Onboarding";
    }
    if (next != null && !next.renewal().renewalDate().isAfter(today.plusDays(RENEWAL_STAGE_DAYS))) {
      return "Renewal";
    }
    return "Adoption";
  }

  private String summaryJson(ScoringReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("asOf", report.asOf().toString());
    root.put("accounts", report.accounts());
    root.put("scored", report.scored());
    root.put("renewals", report.renewals());
    root.put("openRenewals", report.openRenewals());
    root.put("labeledRenewals", report.churn().labeledRenewals());
    root.put("model", report.churn().reusedFrom().map(at -> "reused, trained " + at)
        .orElse(report.churn().training() instanceof TrainingResult.Trained ? "trained"
            : ((TrainingResult.Refused) report.churn().training()).reason()));
    ObjectNode writes = root.putObject("writes");
    writes.put("accounts", report.writes().accountsChanged());
    writes.put("healthSnapshots", report.writes().snapshots());
    writes.put("renewals", report.writes().renewalsChanged());
    writes.put("reminders", report.writes().remindersCreated());
    writes.put("churnReasons", report.writes().churnReasonsChanged());
    ObjectNode stages = root.putObject("stagesMillis");
    report.stages().forEach((k, v) -> stages.put(k, v.toMillis()));
    return write(root);
  }

  private String write(Object node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing scoring JSON failed", e);
    }
  }
}
