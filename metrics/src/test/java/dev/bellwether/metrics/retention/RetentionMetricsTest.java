package dev.bellwether.metrics.retention;

import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import dev.bellwether.metrics.revenue.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetentionMetricsTest {

  private final Fixtures f = new Fixtures();
  private final ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);

  /**
   * Q3 2025: A flat 12,000; B churns 24,000 (last day 30 Sep); C renews 30,000 down to 21,000;
   * D adds 6,000 more core (upsell); E adds 5,000 analytics (cross-sell); F is new (15,000); G
   * starts and ends inside the quarter.
   */
  private final List<Contract> book =
      List.of(
          f.contract("A", "2025-01-01", "2025-12-31", usd(12_000)),
          f.contract("B", "2024-10-01", "2025-09-30", usd(24_000)),
          f.contract("C", "2024-08-01", "2025-07-31", usd(30_000)),
          f.contract("C", "2025-08-01", "2026-07-31", usd(21_000)),
          f.contract("D", "2025-01-01", "2025-12-31", usd(10_000)),
          f.contract("D", "2025-08-15", "2026-08-14", usd(6_000)),
          f.contract("E", "2025-02-01", "2026-01-31", usd(20_000)),
          f.contract("E", "2025-09-01", "2026-08-31", usd(5_000), "analytics"),
          f.contract("F", "2025-08-01", "2026-07-31", usd(15_000)),
          f.contract("G", "2025-07-10", "2025-08-09", usd(1_000)));

  @Test
  void movementsOfAHandComputedQuarter() {
    Map<String, MovementKind> kinds =
        f.movements().over(book, q3).stream()
            .collect(Collectors.toMap(AccountMovement::accountId, AccountMovement::kind));
    assertEquals(
        Map.of(
            "A", MovementKind.UNCHANGED,
            "B", MovementKind.CHURNED,
            "C", MovementKind.CONTRACTED,
            "D", MovementKind.EXPANDED,
            "E", MovementKind.EXPANDED,
            "F", MovementKind.NEW),
        kinds); // G is in force at neither end, so it has no movement
  }

  @Test
  void retentionOfAHandComputedQuarter() {
    RetentionMetrics r = RetentionMetrics.of(f.movements().over(book, q3), "USD");
    // S = {A, B, C, D, E}; B churned.
    assertEquals(5, r.startingAccounts());
    assertEquals(4, r.retainedAccounts());
    assertEquals(1, r.newAccounts());
    assertTrue(r.logoRetention().value().isEqualTo(4, 5));
    assertTrue(r.logoChurn().value().isEqualTo(1, 5));
    // ARR_S = 12,000 + 24,000 + 30,000 + 10,000 + 20,000 = 96,000.
    assertTrue(r.startingArr().isSameAs(usd(96_000)));
    assertTrue(r.churnedArr().isSameAs(usd(24_000)));
    assertTrue(r.contraction().isSameAs(usd(9_000)));
    assertTrue(r.expansion().isSameAs(usd(11_000)));
    assertTrue(r.upsell().isSameAs(usd(6_000)));
    assertTrue(r.crossSell().isSameAs(usd(5_000)));
    assertEquals(1, r.crossSellAccounts());
    // GRR = (96,000 − 24,000 − 9,000) / 96,000 = 65.625%; NRR = 74,000 / 96,000.
    assertTrue(r.grossRevenueRetention().value().isEqualTo(63_000, 96_000));
    assertEquals(0, r.grossRevenueRetention().value().percent().compareTo(new java.math.BigDecimal("65.625")));
    assertTrue(r.netRevenueRetention().value().isEqualTo(74_000, 96_000));
    assertTrue(r.revenueChurn().value().isEqualTo(33_000, 96_000));
    assertTrue(r.expansionRate().value().isEqualTo(11_000, 96_000));
    assertTrue(r.contractionRate().value().isEqualTo(9_000, 96_000));
    assertTrue(r.upsellRate().value().isEqualTo(6_000, 96_000));
    assertTrue(r.crossSellRate().value().isEqualTo(5_000, 96_000));
    // End ARR: A 12,000 + C 21,000 + D 16,000 + E 25,000 + F 15,000.
    assertTrue(r.arrAtEnd().isSameAs(usd(89_000)));
    assertEquals(5, r.accountsAtEnd());
  }

  @Test
  void domainExampleNewLogosChangeNothing() {
    List<AccountMovement> movements = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      movements.add(AccountMovement.of("S" + i, usd(1_000), i < 34 ? usd(1_000) : usd(0)));
    }
    RetentionMetrics before = RetentionMetrics.of(movements, "USD");
    for (int i = 0; i < 12; i++) {
      movements.add(AccountMovement.of("N" + i, usd(0), usd(5_000)));
    }
    RetentionMetrics after = RetentionMetrics.of(movements, "USD");
    assertEquals(0, after.logoRetention().value().percent().compareTo(java.math.BigDecimal.valueOf(85)));
    assertEquals(0, after.logoChurn().value().percent().compareTo(java.math.BigDecimal.valueOf(15)));
    assertEquals(0, before.logoRetention().value().compareTo(after.logoRetention().value()));
    assertEquals(0, before.netRevenueRetention().value().compareTo(after.netRevenueRetention().value()));
    assertEquals(12, after.newAccounts());
  }

  @Test
  void crossSellIsTheExpansionFromAddedLinesCappedAtTheExpansion() {
    // X: core 100 -> core 150 + analytics 20: expansion 70, of it 20 cross-sell and 50 upsell.
    AccountMovement x = new AccountMovement("X", usd(100), usd(170), usd(20));
    assertTrue(x.crossSell().isSameAs(usd(20)));
    assertTrue(x.upsell().isSameAs(usd(50)));
    // Y: core 100 -> core 80 + analytics 50: expansion 30, all of it cross-sell.
    AccountMovement y = new AccountMovement("Y", usd(100), usd(130), usd(50));
    assertTrue(y.crossSell().isSameAs(usd(30)));
    assertTrue(y.upsell().isZero());
    // Z: core 100 -> analytics 60 only: a contraction, no cross-sell.
    AccountMovement z = new AccountMovement("Z", usd(100), usd(60), usd(60));
    assertEquals(MovementKind.CONTRACTED, z.kind());
    assertTrue(z.crossSell().isZero());
    assertTrue(z.contraction().isSameAs(usd(40)));
  }

  @Test
  void aBookWithNoStartingArrHasNoRatiosButSaysWhy() {
    RetentionMetrics onlyNew = RetentionMetrics.of(List.of(AccountMovement.of("N", usd(0), usd(10))), "USD");
    for (var metric : List.of(onlyNew.logoRetention(), onlyNew.grossRevenueRetention(), onlyNew.netRevenueRetention(), onlyNew.revenueChurn())) {
      assertFalse(metric.isDefined());
      assertEquals("no account had ARR at the start of the period", metric.reason().orElseThrow());
    }
    assertEquals(1, onlyNew.newAccounts());
  }

  @Test
  void aRenewalStartingTheDayAfterTheLastDayKeepsTheAccount() {
    List<Contract> renewed =
        List.of(
            f.contract("R", "2024-10-01", "2025-09-30", usd(10_000)),
            f.contract("R", "2025-10-01", "2026-09-30", usd(11_000)));
    RetentionMetrics r = RetentionMetrics.of(f.movements().over(renewed, q3), "USD");
    assertEquals(1, r.retainedAccounts());
    assertTrue(r.upsell().isSameAs(usd(1_000)));
    RetentionMetrics q4 = RetentionMetrics.of(f.movements().over(renewed, q3.next()), "USD");
    assertEquals(0, q4.newAccounts());
    assertTrue(q4.grossRevenueRetention().value().isEqualTo(1, 1));
    Ratio nrr = r.netRevenueRetention().value();
    assertTrue(nrr.isEqualTo(11, 10));
  }
}
