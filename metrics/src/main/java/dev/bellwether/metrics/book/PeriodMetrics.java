package dev.bellwether.metrics.book;

import dev.bellwether.metrics.adoption.FeatureAdoptionSummary;
import dev.bellwether.metrics.adoption.OnboardingSummary;
import dev.bellwether.metrics.adoption.TtfvSummary;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.renewal.ContinuationRate;
import dev.bellwether.metrics.renewal.RenewalRates;
import dev.bellwether.metrics.renewal.RenewalSizeChange;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.retention.RetentionMetrics;
import dev.bellwether.metrics.revenue.AcvSummary;
import dev.bellwether.metrics.revenue.AverageRevenuePerAccount;
import dev.bellwether.metrics.revenue.RecurringRevenue;
import dev.bellwether.metrics.sentiment.CustomerSatisfaction;
import dev.bellwether.metrics.sentiment.NetPromoterScore;

/**
 * Every retention, revenue, sentiment and adoption metric of one period, for a book or one group
 * of it; money in the corporate currency at the rates in force on the period's first day.
 */
public record PeriodMetrics(
    ReportingPeriod period,
    RetentionMetrics retention,
    AcvSummary contractsStarted,
    RenewalRates renewals,
    RenewalSizeChange renewalSizeChange,
    ContinuationRate continuation,
    MetricValue<Money> lifetimeValue,
    NetPromoterScore nps,
    CustomerSatisfaction csat,
    MetricValue<TtfvSummary> timeToFirstValue,
    MetricValue<OnboardingSummary> onboarding,
    MetricValue<FeatureAdoptionSummary> featureAdoption) {

  /** ARR at the period's first instant. */
  public Money arrAtStart() {
    return retention.startingArr();
  }

  /** ARR at the first instant after the period (the next period's opening ARR). */
  public Money arrAtEnd() {
    return retention.arrAtEnd();
  }

  /** MRR at the end: ARR ÷ 12. */
  public Money mrrAtEnd() {
    return RecurringRevenue.mrr(arrAtEnd());
  }

  /** Accounts with ARR at the end. */
  public int activeAccountsAtEnd() {
    return retention.accountsAtEnd();
  }

  /** ARPA at the end (annual and monthly forms). */
  public AverageRevenuePerAccount arpaAtEnd() {
    return new AverageRevenuePerAccount(arrAtEnd(), activeAccountsAtEnd());
  }
}
