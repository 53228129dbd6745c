/**
 * Period metrics and churn analysis over an org's synced book, for {@code bellwether metrics},
 * {@code bellwether churn} and the admin API's {@code /admin/metrics} and {@code /admin/churn}.
 * The CRM side comes from the store through the scoring book loader, the signals through a
 * {@link dev.bellwether.service.scoring.signals.SignalSource}; every figure is computed by the
 * metrics module. Texts are English: these are admin tools.
 */
package dev.bellwether.service.reports;
