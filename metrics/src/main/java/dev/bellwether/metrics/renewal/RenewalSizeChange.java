package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.Collection;

/**
 * Renewal size change (domain.md): (renewed ACV − prior ACV) ÷ prior ACV; positive is upsell at
 * renewal, negative downsell. Over a period it is taken on the summed ACVs of the renewals due in
 * it that renewed, so large renewals weigh by their size.
 */
public record RenewalSizeChange(int renewals, Money priorAcv, Money renewedAcv) {

  /** The change of one renewal, or not defined while it is not renewed or had no prior ACV. */
  public static MetricValue<Ratio> of(Renewal renewal) {
    if (!renewal.outcome().isRenewed()) {
      return MetricValue.notDefined("renewal " + renewal.renewalId() + " is " + renewal.outcome());
    }
    if (renewal.renewedAcv().currency().equals(renewal.priorAcv().currency())) {
      return change(renewal.priorAcv(), renewal.renewedAcv(), renewal.renewalId());
    }
    throw new IllegalArgumentException(
        "renewal " + renewal.renewalId() + " compares ACVs in " + renewal.priorAcv().currency()
            + " and " + renewal.renewedAcv().currency() + "; use the period form with a converter");
  }

  /** The summed ACVs of the renewals due in {@code period} that renewed, in the corporate currency. */
  public static RenewalSizeChange of(
      Collection<Renewal> renewals, ReportingPeriod period, CurrencyConverter converter) {
    int count = 0;
    Money prior = Money.zero(converter.corporateCurrency());
    Money renewed = prior;
    for (Renewal renewal : renewals) {
      if (period.contains(renewal.dueDate()) && renewal.outcome().isRenewed()) {
        count++;
        prior = prior.plus(converter.toCorporate(renewal.priorAcv(), period.firstDay()));
        renewed = renewed.plus(converter.toCorporate(renewal.renewedAcv(), period.firstDay()));
      }
    }
    return new RenewalSizeChange(count, prior, renewed);
  }

  /** (renewed ACV − prior ACV) ÷ prior ACV over the renewals counted. */
  public MetricValue<Ratio> change() {
    if (renewals == 0) {
      return MetricValue.notDefined("no renewal due in the period was renewed");
    }
    return change(priorAcv, renewedAcv, renewals + " renewals");
  }

  private static MetricValue<Ratio> change(Money prior, Money renewed, String what) {
    return Ratio.of(
        renewed.minus(prior).amount(), prior.amount(), "no prior ACV to compare for " + what);
  }
}
