package dev.bellwether.metrics.revenue;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * ARPA (domain.md): ARR ÷ number of active accounts (annual), or MRR ÷ active accounts (monthly).
 * Active accounts are those with ARR above zero.
 */
public record AverageRevenuePerAccount(Money arr, int activeAccounts) {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  /** ARPA over the accounts of {@code arrByAccount} (ARR per account, one currency). */
  public static AverageRevenuePerAccount of(Map<String, Money> arrByAccount, String currency) {
    Money total = Money.zero(currency);
    int active = 0;
    for (Money arr : arrByAccount.values()) {
      if (arr.isPositive()) {
        total = total.plus(arr);
        active++;
      }
    }
    return new AverageRevenuePerAccount(total, active);
  }

  /** Annual ARPA: ARR ÷ active accounts. */
  public MetricValue<Money> annual() {
    if (activeAccounts == 0) {
      return MetricValue.notDefined("no active account");
    }
    return MetricValue.of(arr.dividedBy(BigDecimal.valueOf(activeAccounts)));
  }

  /** Monthly ARPA: MRR ÷ active accounts. */
  public MetricValue<Money> monthly() {
    return annual().map(a -> a.dividedBy(TWELVE));
  }
}
