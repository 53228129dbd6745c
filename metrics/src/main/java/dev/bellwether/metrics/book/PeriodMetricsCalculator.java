package dev.bellwether.metrics.book;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.adoption.FeatureAdoption;
import dev.bellwether.metrics.adoption.FeatureAdoptionSummary;
import dev.bellwether.metrics.adoption.OnboardingCompletion;
import dev.bellwether.metrics.adoption.OnboardingSummary;
import dev.bellwether.metrics.adoption.TimeToFirstValue;
import dev.bellwether.metrics.adoption.TtfvSummary;
import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.renewal.ContinuationRate;
import dev.bellwether.metrics.renewal.RenewalRates;
import dev.bellwether.metrics.renewal.RenewalSizeChange;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.retention.AccountMovements;
import dev.bellwether.metrics.retention.LifetimeValue;
import dev.bellwether.metrics.retention.RetentionMetrics;
import dev.bellwether.metrics.revenue.AnnualContractValue;
import dev.bellwether.metrics.revenue.AverageRevenuePerAccount;
import dev.bellwether.metrics.revenue.RecurringRevenue;
import dev.bellwether.metrics.sentiment.CustomerSatisfaction;
import dev.bellwether.metrics.sentiment.NetPromoterScore;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Computes {@link PeriodMetrics} for a period, for the whole book or broken down by segment or
 * owner. LTV's churn rate is taken over the twelve months that end with the period.
 */
public final class PeriodMetricsCalculator {

  private final MetricsSettings settings;
  private final CurrencyConverter converter;
  private final RecurringRevenue revenue;
  private final AccountMovements movements;
  private final LifetimeValue lifetimeValue;

  public PeriodMetricsCalculator(MetricsSettings settings) {
    this.settings = settings;
    this.converter = new CurrencyConverter(settings.exchangeRates());
    this.revenue = new RecurringRevenue(new AnnualContractValue(settings.zone()), converter);
    this.movements = new AccountMovements(revenue);
    this.lifetimeValue = new LifetimeValue(settings.grossMargin());
  }

  /**
   * The metrics of {@code period} over {@code book}; {@code asOf} is today's date in the org's
   * zone (which onboarding windows have closed).
   */
  public PeriodMetrics compute(Book book, ReportingPeriod period, LocalDate asOf) {
    ZoneId zone = settings.zone();
    String currency = converter.corporateCurrency();
    RetentionMetrics retention =
        RetentionMetrics.of(movements.over(book.contracts(), period), currency);
    RetentionMetrics trailingYear =
        RetentionMetrics.of(
            movements.between(
                book.contracts(),
                period.trailingYearFirstDay().atStartOfDay(zone).toInstant(),
                period.endIn(zone),
                period.firstDay()),
            currency);
    AverageRevenuePerAccount arpaAtEnd =
        new AverageRevenuePerAccount(retention.arrAtEnd(), retention.accountsAtEnd());
    return new PeriodMetrics(
        period,
        retention,
        revenue.acvOfContractsStartingIn(book.contracts(), period),
        RenewalRates.of(book.renewals(), period, converter),
        RenewalSizeChange.of(book.renewals(), period, converter),
        ContinuationRate.of(book.profiles(), book.renewals(), period),
        lifetimeValue.of(arpaAtEnd, trailingYear),
        NetPromoterScore.of(book.surveyAnswers(), period, zone),
        CustomerSatisfaction.of(book.surveyAnswers(), period, zone),
        timeToFirstValue(book, period),
        onboarding(book, period, asOf),
        featureAdoption(book, period));
  }

  /** The metrics of {@code period} for the whole book and for each segment or owner. */
  public Breakdown<PeriodMetrics> breakdown(Book book, ReportingPeriod period, LocalDate asOf, GroupBy by) {
    return BookGrouping.breakdown(book, by, part -> compute(part, period, asOf));
  }

  private MetricValue<TtfvSummary> timeToFirstValue(Book book, ReportingPeriod period) {
    if (settings.valueEventByProductLine().isEmpty()) {
      return MetricValue.notDefined("no value event is configured for any product line");
    }
    return MetricValue.of(
        new TimeToFirstValue(settings.zone(), settings.valueEventByProductLine())
            .summary(book.contracts(), book.valueEvents(), period));
  }

  private MetricValue<OnboardingSummary> onboarding(Book book, ReportingPeriod period, LocalDate asOf) {
    if (settings.onboardingMilestones().isEmpty()) {
      return MetricValue.notDefined("no onboarding milestone is configured");
    }
    return MetricValue.of(
        new OnboardingCompletion(
                settings.zone(), settings.onboardingMilestones(), settings.onboardingTargetDays())
            .of(book.profiles(), book.onboardingMilestones(), period, asOf));
  }

  private MetricValue<FeatureAdoptionSummary> featureAdoption(Book book, ReportingPeriod period) {
    if (settings.keyFeatures().isEmpty()) {
      return MetricValue.notDefined("no key feature is configured");
    }
    return MetricValue.of(
        new FeatureAdoption(settings.zone(), settings.keyFeatures())
            .of(revenue.accountsActiveDuring(book.contracts(), period), book.featureUses(), period));
  }
}
