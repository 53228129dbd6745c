package dev.bellwether.metrics.revenue;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;

/** The number of contracts that started in a period and the sum of their ACV. */
public record AcvSummary(int contracts, Money totalAcv) {

  /** Average ACV per contract started, or not defined when none started. */
  public MetricValue<Money> averageAcv() {
    if (contracts == 0) {
      return MetricValue.notDefined("no contract started in the period");
    }
    return MetricValue.of(totalAcv.dividedBy(BigDecimal.valueOf(contracts)));
  }
}
