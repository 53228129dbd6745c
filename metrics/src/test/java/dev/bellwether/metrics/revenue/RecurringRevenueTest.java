package dev.bellwether.metrics.revenue;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.ContractArbitraries;
import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.money.ExchangeRate;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.MissingExchangeRateException;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RecurringRevenueTest {

  private final Fixtures f = new Fixtures();
  private final RecurringRevenue revenue =
      f.revenue(
          new ExchangeRateTable(
              "USD", List.of(new ExchangeRate("EUR", date("2025-01-01"), new BigDecimal("1.2")))));

  /** A: 12,000 core for 2025 and 5,000 EUR analytics from April; B: 90,000 over 3 years; C: 9,000 for 3 months. */
  private final List<Contract> book =
      List.of(
          f.contract("A", "2025-01-01", "2025-12-31", usd(12_000), "core"),
          f.contract("A", "2025-04-01", "2026-03-31", Money.of("5000", "EUR"), "analytics"),
          f.contract("B", "2024-07-01", "2027-06-30", usd(90_000)),
          f.contract("C", "2025-03-01", "2025-05-31", usd(9_000)));

  @Test
  void arrOnADateSumsTheAcvOfContractsInForceInTheCorporateCurrency() {
    // A 12,000 + 6,000 (5,000 EUR at 1.2), B 30,000, C 36,000.
    assertTrue(revenue.arrOn(book, date("2025-05-15")).isSameAs(usd(84_000)));
    assertTrue(RecurringRevenue.mrr(revenue.arrOn(book, date("2025-05-15"))).isSameAs(usd(7_000)));
    // C's last day is 31 May.
    assertTrue(revenue.arrOn(book, date("2025-05-31")).isSameAs(usd(84_000)));
    assertTrue(revenue.arrOn(book, date("2025-06-01")).isSameAs(usd(48_000)));
    // A's core contract is in force through 31 December, gone on 1 January.
    assertTrue(revenue.arrOn(book, date("2025-12-31")).isSameAs(usd(48_000)));
    assertTrue(revenue.arrOn(book, date("2026-01-01")).isSameAs(usd(36_000)));

    Map<String, Money> byAccount =
        revenue.arrByAccount(book, date("2025-05-15").atStartOfDay(f.zone()).toInstant(), date("2025-05-15"));
    assertEquals(3, byAccount.size());
    assertTrue(byAccount.get("A").isSameAs(usd(18_000)));
  }

  @Test
  void aMissingRateFailsNamingTheCurrencyAndDate() {
    RecurringRevenue euroRateFromJune =
        f.revenue(
            new ExchangeRateTable(
                "USD", List.of(new ExchangeRate("EUR", date("2025-06-01"), new BigDecimal("1.2")))));
    MissingExchangeRateException e =
        assertThrows(MissingExchangeRateException.class, () -> euroRateFromJune.arrOn(book, date("2025-05-15")));
    assertEquals("EUR", e.currency());
    assertEquals(date("2025-05-15"), e.date());
    assertTrue(e.getMessage().contains("EUR to USD in force on 2025-05-15"), e.getMessage());
    // Before the EUR contract starts nothing needs converting.
    assertTrue(euroRateFromJune.arrOn(book, date("2025-03-15")).isSameAs(usd(78_000)));
  }

  @Test
  void activeAccountsAndStartedContractsOfAPeriod() {
    ReportingPeriod q2 = ReportingPeriod.quarter(2025, 2);
    assertEquals(java.util.Set.of("A", "B", "C"), revenue.accountsActiveDuring(book, q2));
    assertFalse(revenue.accountsActiveDuring(book, ReportingPeriod.quarter(2025, 3)).contains("C"));
    AcvSummary started = revenue.acvOfContractsStartingIn(book, q2);
    assertEquals(1, started.contracts());
    assertTrue(started.totalAcv().isSameAs(usd(6_000)));
    assertTrue(started.averageAcv().value().isSameAs(usd(6_000)));
    assertFalse(revenue.acvOfContractsStartingIn(book, ReportingPeriod.quarter(2023, 1)).averageAcv().isDefined());
  }

  @Test
  void arpaIsArrOverActiveAccounts() {
    Map<String, Money> arr = Map.of("A", usd(18_000), "B", usd(30_000), "C", usd(36_000), "D", usd(0));
    AverageRevenuePerAccount arpa = AverageRevenuePerAccount.of(arr, "USD");
    assertEquals(3, arpa.activeAccounts());
    assertTrue(arpa.annual().value().isSameAs(usd(28_000)));
    assertTrue(arpa.monthly().value().isSameAs(usd("2333.333333333333")));
    assertEquals("no active account", AverageRevenuePerAccount.of(Map.of(), "USD").annual().reason().orElseThrow());
  }

  @Property(tries = 150)
  void arrIsAdditiveOverAccounts(
      @ForAll("bookA") List<Contract> a,
      @ForAll("bookB") List<Contract> b,
      @ForAll @IntRange(min = 0, max = 1460) int day) {
    RecurringRevenue usdOnly = f.revenue();
    LocalDate on = LocalDate.of(2023, 1, 1).plusDays(day);
    List<Contract> both = new ArrayList<>(a);
    both.addAll(b);
    Money whole = usdOnly.arrOn(both, on);
    assertTrue(whole.isSameAs(usdOnly.arrOn(a, on).plus(usdOnly.arrOn(b, on))));
    Instant at = on.atStartOfDay(f.zone()).toInstant();
    Money sumOfAccounts =
        usdOnly.arrByAccount(both, at, on).values().stream().reduce(usd(0), Money::plus);
    assertTrue(whole.isSameAs(sumOfAccounts));
    assertFalse(whole.isNegative());
  }

  @Property(tries = 150)
  void mrrIsArrOverTwelve(@ForAll("bookA") List<Contract> book, @ForAll @IntRange(min = 0, max = 1460) int day) {
    Money arr = f.revenue().arrOn(book, LocalDate.of(2023, 1, 1).plusDays(day));
    Money mrr = RecurringRevenue.mrr(arr);
    BigDecimal back = mrr.amount().multiply(BigDecimal.valueOf(12));
    // Equal to the 16 significant digits divisions keep.
    BigDecimal tolerance = arr.amount().abs().multiply(new BigDecimal("1e-14"));
    assertTrue(back.subtract(arr.amount()).abs().compareTo(tolerance) <= 0, () -> mrr + " x 12 vs " + arr);
  }

  @Provide
  Arbitrary<List<Contract>> bookA() {
    return ContractArbitraries.book("A", 20, 40, f.zone());
  }

  @Provide
  Arbitrary<List<Contract>> bookB() {
    return ContractArbitraries.book("B", 20, 40, f.zone());
  }
}
