package dev.bellwether.store.signals;

import javax.sql.DataSource;

/**
 * The outside signals of every org: usage, survey answers, invoices.
 *
 * @param usage product events, weekly rollups and onboarding milestones
 * @param surveys NPS and CSAT answers
 * @param invoices invoices and their payment
 */
public record Signals(JdbcUsageSignals usage, JdbcSurveySignals surveys, JdbcInvoiceSignals invoices) {

  /** The signal tables of one database. */
  public static Signals over(DataSource dataSource) {
    return new Signals(new JdbcUsageSignals(dataSource), new JdbcSurveySignals(dataSource),
        new JdbcInvoiceSignals(dataSource));
  }
}
