package dev.bellwether.metrics.retention;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import dev.bellwether.metrics.revenue.AverageRevenuePerAccount;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * LTV = ARPA (annual) × gross margin ÷ annual revenue churn rate (domain.md, "Lifetime value").
 * With no revenue churned in the window LTV is "not enough churn history", never infinity.
 */
public final class LifetimeValue {

  /** The gross margin domain.md sets as the default. */
  public static final BigDecimal DEFAULT_GROSS_MARGIN = new BigDecimal("0.80");

  private final BigDecimal grossMargin;

  /** LTV with {@code grossMargin}, a share between 0 and 1. */
  public LifetimeValue(BigDecimal grossMargin) {
    Objects.requireNonNull(grossMargin, "grossMargin");
    if (grossMargin.signum() < 0 || grossMargin.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "gross margin must be a share from 0 to 1, was " + grossMargin.toPlainString());
    }
    this.grossMargin = grossMargin;
  }

  public BigDecimal grossMargin() {
    return grossMargin;
  }

  /**
   * LTV from the annual ARPA and the retention over a one-year window (its revenue churn is the
   * annual rate).
   */
  public MetricValue<Money> of(AverageRevenuePerAccount arpa, RetentionMetrics yearWindow) {
    MetricValue<Money> annualArpa = arpa.annual();
    if (!annualArpa.isDefined()) {
      return annualArpa;
    }
    MetricValue<Ratio> churn = yearWindow.revenueChurn();
    if (!churn.isDefined()) {
      return MetricValue.notDefined("not enough churn history: " + churn.reason().orElseThrow());
    }
    Ratio rate = churn.value();
    if (rate.numerator().signum() == 0) {
      return MetricValue.notDefined("not enough churn history: no revenue churned in the window");
    }
    return MetricValue.of(
        annualArpa.value().times(grossMargin).times(rate.denominator()).dividedBy(rate.numerator()));
  }
}
