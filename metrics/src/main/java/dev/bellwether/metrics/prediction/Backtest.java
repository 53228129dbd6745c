package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.result.MetricValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Trains the churn model on an org's earlier renewals and scores it on its later ones, in time
 * order so the test never sees the future it is judged on.
 *
 * <p>The rule: renewals are ordered by renewal date (then id). The cut date is the date of the
 * renewal at position ⌊share × n⌋ (0-based; share 0.7 by default). Every renewal due on or after
 * the cut date is held out; every renewal due more than {@code gapDays} before it trains. So
 * renewals sharing a date never straddle the cut, the training set is about 70% (less when many
 * renewals share the cut date), and with {@code gapDays} ≥ 90 no training outcome is later than
 * the day a held-out renewal's features were taken. The default gap is 0: the model then may have
 * learnt from renewals that closed in the 90 days between a held-out renewal's feature date and
 * its renewal date, as a model retrained daily would have.
 */
public final class Backtest {

  public static final double DEFAULT_TRAIN_SHARE = 0.7;
  public static final double RISKIEST_SHARE = 0.10;

  private final ChurnModelTrainer trainer;
  private final double trainShare;
  private final int gapDays;

  /** A backtest training on the earliest 70% with no gap. */
  public Backtest(ChurnModelTrainer trainer) {
    this(trainer, DEFAULT_TRAIN_SHARE, 0);
  }

  /**
   * A backtest with its own split.
   *
   * @param trainer trains each model
   * @param trainShare the share of renewals, by date, to train on, in (0, 1)
   * @param gapDays days before the cut date whose renewals are used neither to train nor test
   */
  public Backtest(ChurnModelTrainer trainer, double trainShare, int gapDays) {
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    if (!(trainShare > 0 && trainShare < 1)) {
      throw new IllegalArgumentException("the backtest's training share must lie in (0, 1), was " + trainShare);
    }
    if (gapDays < 0) {
      throw new IllegalArgumentException("the backtest's gap must be 0 days or more, was " + gapDays);
    }
    this.trainShare = trainShare;
    this.gapDays = gapDays;
  }

  /** The backtest over {@code renewals}, or why there is none (e.g. too little training history). */
  public MetricValue<BacktestReport> run(List<LabeledRenewal> renewals) {
    ChurnModelTrainer.requireUniqueIds(renewals);
    if (renewals.isEmpty()) {
      return MetricValue.notDefined("no labeled renewal to backtest on");
    }
    List<LabeledRenewal> byDate =
        renewals.stream()
            .sorted(Comparator.comparing(LabeledRenewal::renewalDate).thenComparing(LabeledRenewal::renewalId))
            .toList();
    int cutIndex = (int) Math.floor(trainShare * byDate.size() + 1e-9);
    LocalDate cutDate = byDate.get(Math.min(cutIndex, byDate.size() - 1)).renewalDate();
    LocalDate trainBefore = cutDate.minusDays(gapDays);
    List<LabeledRenewal> train = new ArrayList<>();
    List<LabeledRenewal> test = new ArrayList<>();
    for (LabeledRenewal r : byDate) {
      if (!r.renewalDate().isBefore(cutDate)) {
        test.add(r);
      } else if (r.renewalDate().isBefore(trainBefore)) {
        train.add(r);
      }
    }
    TrainingResult trained = trainer.train(train);
    if (trained instanceof TrainingResult.Refused refused) {
      return MetricValue.notDefined("training on renewals due before " + trainBefore + ": " + refused.reason());
    }
    ChurnRiskModel model = ((TrainingResult.Trained) trained).model();
    List<BacktestReport.HeldOutPrediction> predictions = new ArrayList<>();
    List<ScoredOutcome> scored = new ArrayList<>();
    for (LabeledRenewal r : test) {
      double p = model.predict(r.features());
      predictions.add(
          new BacktestReport.HeldOutPrediction(r.renewalId(), r.accountId(), r.renewalDate(), p, r.churned()));
      scored.add(new ScoredOutcome(p, r.churned()));
    }
    return MetricValue.of(
        new BacktestReport(
            cutDate,
            gapDays,
            counts(train),
            counts(test),
            byDate.size() - train.size() - test.size(),
            model,
            AreaUnderCurve.of(scored),
            RiskiestShare.of(scored, RISKIEST_SHARE),
            Calibration.of(scored, Calibration.DEFAULT_BINS),
            BrierScore.of(scored),
            predictions));
  }

  private static BacktestReport.Counts counts(List<LabeledRenewal> renewals) {
    return new BacktestReport.Counts(renewals.size(), (int) renewals.stream().filter(LabeledRenewal::churned).count());
  }
}
