package dev.bellwether.metrics.renewal;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.ExchangeRate;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RenewalRatesTest {

  private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2025, 3);
  private final CurrencyConverter converter =
      new CurrencyConverter(
          new ExchangeRateTable("USD", List.of(new ExchangeRate("EUR", date("2025-01-01"), new BigDecimal("1.2")))));

  private final List<Renewal> renewals =
      List.of(
          closed("R1", "2025-07-15", usd(10_000), RenewalOutcome.RENEWED, usd(10_000)),
          closed("R2", "2025-08-01", usd(20_000), RenewalOutcome.DOWNSOLD, usd(15_000)),
          Renewal.churned("R3", "C", date("2025-09-30"), usd(5_000), usd(5_000)),
          closed("R4", "2025-09-10", Money.of("5000", "EUR"), RenewalOutcome.UPSOLD, Money.of("6000", "EUR")),
          Renewal.open("R5", "E", date("2025-09-20"), usd(4_000), usd(4_000)),
          closed("R6", "2025-10-01", usd(99_000), RenewalOutcome.CHURNED, usd(0)),
          closed("R7", "2025-06-30", usd(99_000), RenewalOutcome.RENEWED, usd(99_000)));

  @Test
  void handComputedQuarter() {
    RenewalRates rates = RenewalRates.of(renewals, Q3, converter);
    // Due in Q3: R1..R5; renewed R1, R2 (downsell) and R4 (upsell); R3 churned; R5 open.
    assertEquals(5, rates.due());
    assertEquals(3, rates.renewed());
    assertEquals(1, rates.churned());
    assertEquals(1, rates.open());
    assertTrue(rates.byCount().value().isEqualTo(3, 5));
    // Up: 10,000 + 20,000 + 5,000 + 6,000 (5,000 EUR) + 4,000 = 45,000.
    // Renewed: 10,000 + 15,000 + 7,200 (6,000 EUR) = 32,200.
    assertTrue(rates.arrUp().isSameAs(usd(45_000)));
    assertTrue(rates.renewedArr().isSameAs(usd(32_200)));
    assertTrue(rates.byArr().value().isEqualTo(32_200, 45_000));
  }

  @Test
  void aDownsellCountsAsRenewedByCountAndItsArrAsRenewedArr() {
    RenewalRates rates =
        RenewalRates.of(List.of(closed("D", "2025-08-20", usd(100), RenewalOutcome.DOWNSOLD, usd(60))), Q3, converter);
    assertTrue(rates.byCount().value().isEqualTo(1, 1));
    assertTrue(rates.byArr().value().isEqualTo(60, 100));
  }

  @Test
  void nothingDueIsNotDefined() {
    RenewalRates none = RenewalRates.of(renewals, ReportingPeriod.quarter(2030, 1), converter);
    assertFalse(none.byCount().isDefined());
    assertEquals("no renewal due in the period", none.byArr().reason().orElseThrow());
  }

  @Test
  void churnedAndOpenRenewalsCannotCarryRenewedArr() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Renewal("X", "A", date("2025-08-01"), usd(10), RenewalOutcome.CHURNED, usd(5), usd(10), usd(0)));
    assertEquals(RenewalOutcome.OPEN, RenewalOutcome.fromStatus("In Progress"));
    assertEquals(RenewalOutcome.DOWNSOLD, RenewalOutcome.fromStatus("Downsold"));
    assertThrows(IllegalArgumentException.class, () -> RenewalOutcome.fromStatus("Won"));
  }

  @Test
  void sizeChangeOfEachRenewalAndOfTheQuarter() {
    // R2 20,000 -> 15,000: −25%; R4 5,000 -> 6,000 EUR: +20%.
    assertTrue(RenewalSizeChange.of(renewals.get(1)).value().isEqualTo(-1, 4));
    assertTrue(RenewalSizeChange.of(renewals.get(3)).value().isEqualTo(1, 5));
    assertFalse(RenewalSizeChange.of(renewals.get(2)).isDefined());
    // Quarter: prior 10,000 + 20,000 + 6,000 = 36,000; renewed 10,000 + 15,000 + 7,200 = 32,200.
    RenewalSizeChange quarter = RenewalSizeChange.of(renewals, Q3, converter);
    assertEquals(3, quarter.renewals());
    assertTrue(quarter.change().value().isEqualTo(-3_800, 36_000));
    assertFalse(RenewalSizeChange.of(renewals, ReportingPeriod.quarter(2030, 1), converter).change().isDefined());
  }

  @Property(tries = 300)
  void renewalRatesStayInRangeAndAddUp(@ForAll("renewalBooks") List<Renewal> book) {
    RenewalRates rates = RenewalRates.of(book, Q3, converter);
    assertEquals(rates.due(), rates.renewed() + rates.churned() + rates.open());
    if (rates.due() == 0) {
      assertFalse(rates.byCount().isDefined());
      return;
    }
    Ratio byCount = rates.byCount().value();
    assertTrue(byCount.numerator().signum() >= 0 && byCount.numerator().compareTo(byCount.denominator()) <= 0);
    boolean anyUpsell =
        book.stream().anyMatch(r -> Q3.contains(r.dueDate()) && r.outcome() == RenewalOutcome.UPSOLD);
    if (!anyUpsell && rates.byArr().isDefined()) {
      Ratio byArr = rates.byArr().value();
      assertTrue(byArr.numerator().compareTo(byArr.denominator()) <= 0, () -> "by ARR " + byArr + " above 1 without upsells");
    }
  }

  @Property(tries = 200)
  void renewalsDueOutsideThePeriodChangeNothing(
      @ForAll("renewalBooks") List<Renewal> book, @ForAll("renewalBooks") List<Renewal> others) {
    List<Renewal> shifted = new ArrayList<>(book);
    others.forEach(
        r -> shifted.add(new Renewal(r.renewalId() + "x", r.accountId(), r.dueDate().plusYears(1), r.arrUp(), r.outcome(), r.renewedArr(), r.priorAcv(), r.renewedAcv())));
    assertEquals(RenewalRates.of(book, Q3, converter), RenewalRates.of(shifted, Q3, converter));
    assertEquals(RenewalSizeChange.of(book, Q3, converter), RenewalSizeChange.of(shifted, Q3, converter));
  }

  @Property(tries = 200)
  void sizeChangeHasTheSignOfTheAcvMove(@ForAll("renewalBooks") List<Renewal> book) {
    RenewalSizeChange change = RenewalSizeChange.of(book, Q3, converter);
    if (!change.change().isDefined()) {
      return;
    }
    int sign = change.renewedAcv().compareTo(change.priorAcv());
    assertEquals(sign, change.change().value().numerator().signum());
    assertTrue(change.change().value().compareTo(new Ratio(BigDecimal.ONE.negate(), BigDecimal.ONE)) >= 0);
  }

  @Provide
  Arbitrary<List<Renewal>> renewalBooks() {
    Arbitrary<LocalDate> due = Arbitraries.integers().between(0, 365).map(d -> LocalDate.of(2025, 5, 1).plusDays(d));
    Arbitrary<Integer> up = Arbitraries.integers().between(1, 200_000);
    Arbitrary<Integer> factor = Arbitraries.integers().between(1, 99);
    Arbitrary<RenewalOutcome> outcome = Arbitraries.of(RenewalOutcome.class);
    Arbitrary<Boolean> euro = Arbitraries.of(false, false, true);
    Arbitrary<Long> id = Arbitraries.longs().between(1, Long.MAX_VALUE);
    Arbitrary<Renewal> renewal =
        Combinators.combine(due, up, factor, outcome, euro, id)
            .as(
                (d, u, pct, o, eur, i) -> {
                  String currency = eur ? "EUR" : "USD";
                  Money upArr = new Money(BigDecimal.valueOf(u), currency);
                  Money renewed =
                      switch (o) {
                        case RENEWED -> upArr;
                        case DOWNSOLD -> upArr.times(BigDecimal.valueOf(pct, 2));
                        case UPSOLD -> upArr.times(BigDecimal.ONE.add(BigDecimal.valueOf(pct, 2)));
                        case CHURNED, OPEN -> Money.zero(currency);
                      };
                  return new Renewal("R" + i, "A" + (i % 40), d, upArr, o, renewed, upArr, renewed);
                });
    return renewal.list().ofMaxSize(30);
  }

  private static Renewal closed(String id, String due, Money up, RenewalOutcome outcome, Money renewed) {
    return new Renewal(id, "acct-" + id, date(due), up, outcome, renewed, up, renewed);
  }
}
