package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.result.MetricValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How the churn model, trained on an org's earlier renewals, did on its later ones.
 *
 * @param cutDate renewals due on or after this day were held out for testing
 * @param gapDays days before {@code cutDate} whose renewals were left out of both sets
 * @param train the renewals trained on
 * @param test the held-out renewals scored
 * @param leftOutInGap renewals due in the gap, in neither set
 * @param model the model trained on {@code train}
 * @param auc the AUC of the predicted probabilities on {@code test}
 * @param riskiestTenth precision in the riskiest 10% of {@code test}, with the base rate and lift
 * @param calibration predicted against observed churn in five probability bins
 * @param brierScore mean squared error of the probabilities on {@code test}
 * @param predictions the held-out renewals with their predicted probability, by date
 */
public record BacktestReport(
    LocalDate cutDate,
    int gapDays,
    Counts train,
    Counts test,
    int leftOutInGap,
    ChurnRiskModel model,
    MetricValue<Double> auc,
    MetricValue<RiskiestShare> riskiestTenth,
    Calibration calibration,
    MetricValue<Double> brierScore,
    List<HeldOutPrediction> predictions) {

  public BacktestReport {
    Objects.requireNonNull(cutDate, "cutDate");
    Objects.requireNonNull(model, "model");
    predictions = List.copyOf(predictions);
  }

  /**
   * The size of a set of renewals.
   *
   * @param renewals renewals in the set
   * @param churned of those, the churned ones
   */
  public record Counts(int renewals, int churned) {}

  /**
   * One held-out renewal with what the model predicted for it.
   *
   * @param renewalId the renewal's CRM id
   * @param accountId its account's CRM id
   * @param renewalDate the day it was due
   * @param probability the predicted churn probability
   * @param churned what happened
   */
  public record HeldOutPrediction(
      String renewalId, String accountId, LocalDate renewalDate, double probability, boolean churned) {}
}
