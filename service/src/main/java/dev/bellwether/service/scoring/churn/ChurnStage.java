package dev.bellwether.service.scoring.churn;

import dev.bellwether.metrics.health.AccountSignals;
import dev.bellwether.metrics.health.HealthScore;
import dev.bellwether.metrics.health.HealthScorer;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.metrics.prediction.Backtest;
import dev.bellwether.metrics.prediction.ChurnModelTrainer;
import dev.bellwether.metrics.prediction.ChurnRiskModel;
import dev.bellwether.metrics.prediction.KpiValidation;
import dev.bellwether.metrics.prediction.LabeledRenewal;
import dev.bellwether.metrics.prediction.RiskExplanation;
import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.health.AccountHealthResult;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.signals.SignalsAssembler;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the churn model on the org's closed renewals and scores the current customers.
 *
 * <p>Features are the health measures {@code featureLookbackDays} (90) before each renewal date.
 * Signals are assembled once per calendar month rather than per renewal (the first of the month
 * holding "renewal date − 90 days"), which keeps a history of thousands of renewals to a couple of
 * dozen grouped reads; a measure read up to a month early is still a leading one.
 *
 * <p>Renewals whose feature day falls before the first day of usage data are left out: their
 * missing usage would reflect when the org started sending signals, not how the account was doing,
 * and would teach the model (and the KPI report) that artefact.
 */
public final class ChurnStage {

  private final ScoringSettings settings;
  private final ScorecardSet scorecards;
  private final SignalsAssembler assembler;
  private final ChurnModelTrainer trainer = new ChurnModelTrainer();

  public ChurnStage(ScoringSettings settings, ScorecardSet scorecards, SignalsAssembler assembler) {
    this.settings = settings;
    this.scorecards = scorecards;
    this.assembler = assembler;
  }

  /**
   * Trains a model (with its backtest and KPI report) unless {@code stored} holds one to reuse,
   * then scores the current customers with it.
   */
  public ChurnModelOutcome run(String orgId, CrmBook book, List<RenewalState> renewals,
      Map<String, AccountHealthResult> current, LocalDate today, Optional<StoredModel> stored) throws SQLException {
    if (stored.isPresent()) {
      ChurnRiskModel model = stored.get().model();
      return new ChurnModelOutcome(model.trainedRenewals(), new TrainingResult.Trained(model, 0),
          Optional.of(stored.get().trainedAt()), Optional.empty(), risks(model, current));
    }
    List<LabeledRenewal> labeled = label(orgId, book, renewals, today);
    TrainingResult training = trainer.train(labeled);
    Map<String, Double> weights = current.isEmpty() ? Map.of()
        : ChurnFeatures.weights(current.values().iterator().next().health().computed());
    KpiValidation validation = new KpiValidation(KpiValidation.DEFAULT_COMPOSITE, weights);
    Map<String, RiskExplanation> risks = training instanceof TrainingResult.Trained trained
        ? risks(trained.model(), current) : Map.of();
    return new ChurnModelOutcome(labeled.size(), training, Optional.empty(), Optional.of(
        new ChurnModelOutcome.Reports(new Backtest(trainer).run(labeled), validation.validate(labeled))), risks);
  }

  /** A model trained earlier, read back from the store. */
  public record StoredModel(ChurnRiskModel model, java.time.Instant trainedAt) {}

  private static Map<String, RiskExplanation> risks(ChurnRiskModel model, Map<String, AccountHealthResult> current) {
    Map<String, RiskExplanation> risks = new HashMap<>();
    for (AccountHealthResult r : current.values()) {
      if (r.health().computed().hasScore()) {
        risks.put(r.accountId(), model.explain(ChurnFeatures.of(r.health().computed())));
      }
    }
    return risks;
  }

  /** The closed renewals of the history window with the account's measures before each date. */
  List<LabeledRenewal> label(String orgId, CrmBook book, List<RenewalState> renewals, LocalDate today)
      throws SQLException {
    LocalDate from = today.minusMonths(settings.historyMonths());
    LocalDate signalsFrom = assembler.firstUsageDay(orgId).orElse(LocalDate.MIN);
    Map<LocalDate, List<RenewalState>> byFeatureMonth = new TreeMap<>();
    for (RenewalState r : renewals) {
      LocalDate date = r.renewal().renewalDate();
      if (r.status().isClosed() && !date.isBefore(from) && date.isBefore(today)) {
        LocalDate featureDay = date.minusDays(settings.featureLookbackDays()).withDayOfMonth(1);
        if (featureDay.isBefore(signalsFrom)) {
          continue;
        }
        byFeatureMonth.computeIfAbsent(featureDay, k -> new ArrayList<>()).add(r);
      }
    }
    List<LabeledRenewal> out = new ArrayList<>();
    for (Map.Entry<LocalDate, List<RenewalState>> month : byFeatureMonth.entrySet()) {
      Set<String> accounts = new HashSet<>();
      month.getValue().forEach(r -> accounts.add(r.renewal().accountId()));
      Map<String, AccountSignals> signals = assembler.assemble(orgId, book, month.getKey(), accounts);
      for (RenewalState r : month.getValue()) {
        AccountRow account = book.accounts().get(r.renewal().accountId());
        AccountSignals s = signals.get(r.renewal().accountId());
        if (account == null || s == null) {
          continue;
        }
        HealthScore score = HealthScorer.score(s, account.segment(), scorecards);
        out.add(new LabeledRenewal(r.renewal().key(), account.id(), r.renewal().renewalDate(),
            ChurnFeatures.of(score), !r.status().outcome().isRenewed()));
      }
    }
    return out;
  }
}
