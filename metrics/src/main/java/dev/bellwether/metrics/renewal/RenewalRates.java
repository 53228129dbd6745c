package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.Collection;

/**
 * Renewal rate (domain.md, "Retention"): renewals that renewed ÷ renewals due in the period, by
 * count and by ARR (renewed ARR ÷ ARR up). A downsell counts as renewed, with its smaller ARR; an
 * upsell's renewed ARR is counted whole, so the ARR rate can pass 100%. Renewals still open count
 * as due and not (yet) renewed, and are reported apart in {@code open}.
 */
public record RenewalRates(
    int due, int renewed, int churned, int open, Money arrUp, Money renewedArr) {

  private static final String NONE_DUE = "no renewal due in the period";

  /**
   * Rates over the renewals of {@code renewals} due in {@code period}, amounts converted at the
   * rates in force on the period's first day.
   */
  public static RenewalRates of(
      Collection<Renewal> renewals, ReportingPeriod period, CurrencyConverter converter) {
    int due = 0, renewed = 0, churned = 0, open = 0;
    Money up = Money.zero(converter.corporateCurrency());
    Money renewedArr = up;
    for (Renewal renewal : renewals) {
      if (!period.contains(renewal.dueDate())) {
        continue;
      }
      due++;
      up = up.plus(converter.toCorporate(renewal.arrUp(), period.firstDay()));
      renewedArr = renewedArr.plus(converter.toCorporate(renewal.renewedArr(), period.firstDay()));
      if (renewal.outcome().isRenewed()) {
        renewed++;
      } else if (renewal.outcome().isClosed()) {
        churned++;
      } else {
        open++;
      }
    }
    return new RenewalRates(due, renewed, churned, open, up, renewedArr);
  }

  /** Renewals renewed ÷ renewals due. */
  public MetricValue<Ratio> byCount() {
    return Ratio.of(renewed, due, NONE_DUE);
  }

  /** Renewed ARR ÷ ARR up for renewal. */
  public MetricValue<Ratio> byArr() {
    if (due == 0) {
      return MetricValue.notDefined(NONE_DUE);
    }
    return Ratio.of(renewedArr.amount(), arrUp.amount(), "no ARR was up for renewal in the period");
  }
}
