package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.result.MetricValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * TTFV over a cohort: the days each account took to reach first value, and how many have not yet.
 */
public record TtfvSummary(List<Long> daysToValue, int stillWaiting) {

  private static final String NONE = "no account of the cohort has reached first value";

  public TtfvSummary {
    daysToValue = daysToValue.stream().sorted().toList();
  }

  public int reached() {
    return daysToValue.size();
  }

  /** The median of the days to first value (mean of the middle two for an even count). */
  public MetricValue<BigDecimal> medianDays() {
    int n = daysToValue.size();
    if (n == 0) {
      return MetricValue.notDefined(NONE);
    }
    if (n % 2 == 1) {
      return MetricValue.of(BigDecimal.valueOf(daysToValue.get(n / 2)));
    }
    long sum = daysToValue.get(n / 2 - 1) + daysToValue.get(n / 2);
    return MetricValue.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2)));
  }

  /** The mean of the days to first value. */
  public MetricValue<BigDecimal> meanDays() {
    if (daysToValue.isEmpty()) {
      return MetricValue.notDefined(NONE);
    }
    long sum = daysToValue.stream().mapToLong(Long::longValue).sum();
    return MetricValue.of(
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(daysToValue.size()), MathContext.DECIMAL64));
  }
}
