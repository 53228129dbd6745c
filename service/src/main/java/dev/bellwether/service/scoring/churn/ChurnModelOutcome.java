package dev.bellwether.service.scoring.churn;

import dev.bellwether.metrics.prediction.BacktestReport;
import dev.bellwether.metrics.prediction.KpiValidationReport;
import dev.bellwether.metrics.prediction.RiskExplanation;
import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.metrics.result.MetricValue;
import java.util.Map;

/**
 * What the churn stage produced: the training (a model, or why none), the backtest and KPI
 * validation over the same labeled renewals, and each scored account's risk explanation.
 */
public record ChurnModelOutcome(int labeledRenewals, TrainingResult training, MetricValue<BacktestReport> backtest,
    KpiValidationReport kpiValidation, Map<String, RiskExplanation> risks) {}
