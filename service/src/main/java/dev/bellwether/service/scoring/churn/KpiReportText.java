package dev.bellwether.service.scoring.churn;

import dev.bellwether.metrics.prediction.BacktestReport;
import dev.bellwether.metrics.prediction.Calibration;
import dev.bellwether.metrics.prediction.KpiValidationReport;
import dev.bellwether.metrics.prediction.RiskiestShare;
import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.metrics.result.MetricValue;

/** The KPI validation and backtest reports as aligned text tables for the terminal. */
public final class KpiReportText {

  private KpiReportText() {}

  public static String of(ChurnModelOutcome outcome) {
    KpiValidationReport k = outcome.reportsOrThrow().kpiValidation();
    StringBuilder out = new StringBuilder();
    out.append("KPI validation: how well each health measure, 90 days before the renewal date, separated renewed from"
        + " churned renewals\n");
    out.append(String.format("closed renewals: %d (%d churned)%n%n", k.renewals(), k.churned()));
    String format = "%-22s %9s %7s %22s %10s  %-17s %s%n";
    out.append(String.format(format, "measure", "with data", "AUC", "direction", "lift@20%", "verdict", "why"));
    for (KpiValidationReport.Row r : k.measures()) {
      row(out, format, r);
    }
    row(out, format, k.composite());
    out.append('\n').append(k.compositeVerdict()).append('\n');
    if (k.suggestedWeights().isDefined()) {
      out.append("suggested weights (by separation): ");
      k.suggestedWeights().value().forEach((m, w) -> out.append(String.format("%s %.0f%%  ", m, w * 100)));
      out.append('\n');
    }
    out.append('\n').append(backtest(outcome));
    return out.toString();
  }

  private static void row(StringBuilder out, String format, KpiValidationReport.Row r) {
    out.append(String.format(format, r.feature(), r.withData(), number(r.auc(), "%.3f"),
        r.direction().name().toLowerCase().replace('_', ' '), number(r.worstFifthLift(), "%.2f"),
        r.verdict().name().toLowerCase().replace('_', ' '), r.reason()));
  }

  static String backtest(ChurnModelOutcome outcome) {
    StringBuilder out = new StringBuilder("Churn model backtest (trained on earlier renewals, scored on later ones)\n");
    if (outcome.training() instanceof TrainingResult.Refused refused) {
      out.append("model: not trained: ").append(refused.reason()).append('\n');
    }
    MetricValue<BacktestReport> b = outcome.reportsOrThrow().backtest();
    if (!b.isDefined()) {
      return out.append("backtest: ").append(b.reason().orElse("")).append('\n').toString();
    }
    BacktestReport r = b.value();
    out.append(String.format("train: %d renewals (%d churned) before %s; test: %d renewals (%d churned)%n",
        r.train().renewals(), r.train().churned(), r.cutDate(), r.test().renewals(), r.test().churned()));
    out.append(String.format("AUC %s   Brier %s%n", number(r.auc(), "%.3f"), number(r.brierScore(), "%.3f")));
    if (r.riskiestTenth().isDefined()) {
      RiskiestShare s = r.riskiestTenth().value();
      out.append(String.format("riskiest 10%%: %d renewals, precision %.1f%% vs base rate %.1f%% (lift %s)%n",
          s.count(), s.precision() * 100, s.baseRate() * 100, number(s.lift(), "%.2f")));
    }
    out.append("calibration (predicted vs observed churn):\n");
    for (Calibration.Bin bin : r.calibration().bins()) {
      out.append(String.format("  %3.0f-%3.0f%%  %5d renewals  predicted %s  observed %s%n", bin.lower() * 100,
          bin.upper() * 100, bin.count(),
          bin.meanPredicted().isPresent() ? String.format("%5.1f%%", bin.meanPredicted().getAsDouble() * 100) : "    -",
          bin.observedRate().isPresent() ? String.format("%5.1f%%", bin.observedRate().getAsDouble() * 100) : "    -"));
    }
    return out.toString();
  }

  private static String number(MetricValue<Double> value, String format) {
    return value.isDefined() ? String.format(format, value.value()) : "-";
  }
}
