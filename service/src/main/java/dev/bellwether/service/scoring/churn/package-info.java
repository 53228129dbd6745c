/**
 * Churn: the churn-risk model trained on the org's own closed renewals (features: the health
 * measures 90 days before each renewal date), its backtest and the KPI validation report, the risk
 * of each current account, and the churn-reason analysis.
 */
package dev.bellwether.service.scoring.churn;
