/**
 * Churn-risk prediction and KPI validation from an org's own labeled renewals: a logistic churn
 * model with per-account explanations, its time-ordered backtest (AUC, precision in the riskiest
 * 10%, calibration, Brier score), and a report on how well each health measure and the composite
 * score separated renewed from churned accounts. Features are plain named numbers, so this
 * package does not depend on how the health scorecard computes them.
 */
package dev.bellwether.metrics.prediction;
