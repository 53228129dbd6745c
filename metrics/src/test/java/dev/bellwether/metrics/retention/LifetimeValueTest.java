package dev.bellwether.metrics.retention;

import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.revenue.AverageRevenuePerAccount;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LifetimeValueTest {

  private final LifetimeValue ltv = new LifetimeValue(LifetimeValue.DEFAULT_GROSS_MARGIN);

  @Test
  void arpaTimesMarginOverAnnualRevenueChurn() {
    // ARPA 84,000 / 3 = 28,000; over the year 100,000 of starting ARR lost 10,000: churn 10%.
    AverageRevenuePerAccount arpa = new AverageRevenuePerAccount(usd(84_000), 3);
    RetentionMetrics year = year(100_000, 90_000, 10_000);
    // 28,000 x 0.8 / 0.1 = 224,000.
    assertTrue(ltv.of(arpa, year).value().isSameAs(usd(224_000)));
    // With a 60% margin: 28,000 x 0.6 / 0.1 = 168,000.
    assertTrue(new LifetimeValue(new BigDecimal("0.6")).of(arpa, year).value().isSameAs(usd(168_000)));
  }

  @Test
  void contractionCountsAsRevenueChurn() {
    // 50,000 start: one account contracts 40,000 -> 35,000, another keeps 10,000: churn 10%.
    RetentionMetrics year =
        RetentionMetrics.of(
            List.of(AccountMovement.of("A", usd(40_000), usd(35_000)), AccountMovement.of("B", usd(10_000), usd(10_000))),
            "USD");
    AverageRevenuePerAccount arpa = new AverageRevenuePerAccount(usd(45_000), 2);
    // 22,500 x 0.8 / 0.1 = 180,000.
    assertTrue(ltv.of(arpa, year).value().isSameAs(usd(180_000)));
  }

  @Test
  void noChurnInTheWindowIsNotEnoughChurnHistoryNeverInfinity() {
    MetricValue<Money> value = ltv.of(new AverageRevenuePerAccount(usd(10_000), 1), year(10_000, 12_000, 0));
    assertFalse(value.isDefined());
    assertTrue(value.reason().orElseThrow().startsWith("not enough churn history"), value.toString());

    MetricValue<Money> noBase =
        ltv.of(new AverageRevenuePerAccount(usd(10_000), 1), RetentionMetrics.of(List.of(), "USD"));
    assertTrue(noBase.reason().orElseThrow().startsWith("not enough churn history"));

    assertEquals("no active account", ltv.of(new AverageRevenuePerAccount(usd(0), 0), year(10, 0, 10)).reason().orElseThrow());
  }

  @Test
  void grossMarginMustBeAShare() {
    assertThrows(IllegalArgumentException.class, () -> new LifetimeValue(new BigDecimal("1.2")));
    assertThrows(IllegalArgumentException.class, () -> new LifetimeValue(new BigDecimal("-0.1")));
  }

  @Property(tries = 200)
  void moreChurnNeverRaisesLtv(
      @ForAll @IntRange(min = 1, max = 1_000_000) int arpaAmount,
      @ForAll @IntRange(min = 2, max = 1_000_000) int startArr,
      @ForAll @IntRange(min = 1, max = 1_000_000) int churnA,
      @ForAll @IntRange(min = 1, max = 1_000_000) int churnB) {
    int low = Math.min(churnA, churnB) % startArr;
    int high = Math.max(churnA, churnB) % startArr;
    if (low == 0 || high < low) {
      return;
    }
    AverageRevenuePerAccount arpa = new AverageRevenuePerAccount(usd(arpaAmount), 1);
    Money lowChurnLtv = ltv.of(arpa, year(startArr, startArr - low, low)).value();
    Money highChurnLtv = ltv.of(arpa, year(startArr, startArr - high, high)).value();
    assertTrue(highChurnLtv.compareTo(lowChurnLtv) <= 0);
    assertTrue(highChurnLtv.isPositive());
    // Never below one year of margin: churn is at most 100%.
    assertTrue(highChurnLtv.compareTo(usd(arpaAmount).times(ltv.grossMargin())) >= 0);
  }

  /** A one-year window: a kept account and a churned one. */
  private static RetentionMetrics year(long startArr, long keptEnd, long churned) {
    return RetentionMetrics.of(
        List.of(
            AccountMovement.of("kept", usd(startArr - churned), usd(keptEnd)),
            AccountMovement.of("lost", usd(churned), usd(0))),
        "USD");
  }
}
