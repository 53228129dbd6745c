package dev.bellwether.metrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.ContractArbitraries;
import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import dev.bellwether.metrics.revenue.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Invariants of the retention ratios over random books and periods. */
class RetentionPropertiesTest {

  private final Fixtures f = new Fixtures();

  @Property(tries = 250)
  void logoRetentionAndGrrStayBetweenZeroAndOne(@ForAll("books") List<Contract> book, @ForAll("periods") ReportingPeriod period) {
    RetentionMetrics r = retention(book, period);
    if (r.startingAccounts() == 0) {
      assertTrue(!r.logoRetention().isDefined() && !r.grossRevenueRetention().isDefined());
      return;
    }
    assertBetweenZeroAndOne(r.logoRetention().value());
    assertBetweenZeroAndOne(r.logoChurn().value());
    assertBetweenZeroAndOne(r.grossRevenueRetention().value());
    assertBetweenZeroAndOne(r.revenueChurn().value());
  }

  @Property(tries = 250)
  @StatisticsReport(onFailureOnly = true)
  void nrrIsGrrPlusExpansionAndNeverBelowIt(@ForAll("books") List<Contract> book, @ForAll("periods") ReportingPeriod period) {
    RetentionMetrics r = retention(book, period);
    // The random books must really exercise churn, contraction, upsell and cross-sell.
    Statistics.label("churn").collect(r.churnedArr().isPositive());
    Statistics.label("churn").coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("contraction").collect(r.contraction().isPositive());
    Statistics.label("contraction").coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("upsell").collect(r.upsell().isPositive());
    Statistics.label("upsell").coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("cross-sell").collect(r.crossSell().isPositive());
    Statistics.label("cross-sell").coverage(c -> c.check(true).percentage(p -> p >= 5));
    if (r.startingAccounts() == 0) {
      return;
    }
    Ratio grr = r.grossRevenueRetention().value();
    Ratio nrr = r.netRevenueRetention().value();
    assertTrue(nrr.compareTo(grr) >= 0, () -> "NRR " + nrr + " < GRR " + grr);
    assertEquals(0, nrr.numerator().subtract(grr.numerator()).compareTo(r.expansion().amount()));
    assertTrue(r.expansion().isSameAs(r.upsell().plus(r.crossSell())));
    assertTrue(!r.upsell().isNegative() && !r.crossSell().isNegative() && !r.contraction().isNegative());
    // Revenue churn is exactly 1 − GRR.
    assertEquals(0, r.revenueChurn().value().numerator().compareTo(r.churnedArr().plus(r.contraction()).amount()));
  }

  @Property(tries = 250)
  void arrAtTheEndIsTheStartMovedByChurnContractionExpansionAndNew(
      @ForAll("books") List<Contract> book, @ForAll("periods") ReportingPeriod period) {
    RetentionMetrics r = retention(book, period);
    Money bridged =
        r.startingArr().minus(r.churnedArr()).minus(r.contraction()).plus(r.expansion()).plus(r.newArr());
    assertTrue(bridged.isSameAs(r.arrAtEnd()), () -> bridged + " vs " + r.arrAtEnd());
    assertTrue(f.revenue().arr(book, period.endIn(f.zone()), period.firstDay()).isSameAs(r.arrAtEnd()));
    assertEquals(r.startingAccounts(), r.retainedAccounts() + r.churnedAccounts());
  }

  @Property(tries = 200)
  void oneQuartersEndIsTheNextQuartersStart(@ForAll("books") List<Contract> book, @ForAll("periods") ReportingPeriod period) {
    RetentionMetrics now = retention(book, period);
    RetentionMetrics next = retention(book, period.next());
    assertTrue(now.arrAtEnd().isSameAs(next.startingArr()));
    assertEquals(now.accountsAtEnd(), next.startingAccounts());
  }

  @Property(tries = 200)
  void newLogosChangeNoRetentionRatio(
      @ForAll("books") List<Contract> book,
      @ForAll("newLogoStarts") List<Integer> startOffsets,
      @ForAll @IntRange(min = 1, max = 24) int termMonths,
      @ForAll("periods") ReportingPeriod period) {
    List<Contract> withNewLogos = new ArrayList<>(book);
    int n = 0;
    for (int offset : startOffsets) {
      // Accounts that never had a contract, starting after the period's first day.
      LocalDate start = period.firstDay().plusDays(1 + offset % 400);
      withNewLogos.add(f.contract("NEW" + n++, start.toString(), start.plusMonths(termMonths).minusDays(1).toString(), Fixtures.usd(7_500)));
    }
    RetentionMetrics before = retention(book, period);
    RetentionMetrics after = retention(withNewLogos, period);
    for (Function<RetentionMetrics, MetricValue<Ratio>> ratio :
        List.<Function<RetentionMetrics, MetricValue<Ratio>>>of(
            RetentionMetrics::logoRetention, RetentionMetrics::logoChurn,
            RetentionMetrics::grossRevenueRetention, RetentionMetrics::netRevenueRetention,
            RetentionMetrics::revenueChurn, RetentionMetrics::expansionRate,
            RetentionMetrics::contractionRate, RetentionMetrics::upsellRate, RetentionMetrics::crossSellRate)) {
      MetricValue<Ratio> b = ratio.apply(before);
      MetricValue<Ratio> a = ratio.apply(after);
      assertEquals(b.isDefined(), a.isDefined());
      if (b.isDefined()) {
        assertEquals(0, b.value().compareTo(a.value()), () -> b + " became " + a);
      }
    }
    assertTrue(after.newAccounts() >= before.newAccounts());
  }

  @Property(tries = 150)
  void churnOnlyLowersGrrAndAddingExpansionOnlyRaisesNrr(
      @ForAll @IntRange(min = 1, max = 1_000_000) int kept,
      @ForAll @IntRange(min = 1, max = 1_000_000) int churned,
      @ForAll @IntRange(min = 0, max = 1_000_000) int expansion) {
    RetentionMetrics r =
        RetentionMetrics.of(
            List.of(
                AccountMovement.of("K", Fixtures.usd(kept), Fixtures.usd(kept + (long) expansion)),
                AccountMovement.of("C", Fixtures.usd(churned), Fixtures.usd(0))),
            "USD");
    assertTrue(r.grossRevenueRetention().value().isEqualTo(kept, (long) kept + churned));
    assertTrue(r.netRevenueRetention().value().isEqualTo((long) kept + expansion, (long) kept + churned));
    assertTrue(r.grossRevenueRetention().value().compareTo(new Ratio(BigDecimal.ONE, BigDecimal.ONE)) < 0);
  }

  @Provide
  Arbitrary<List<Contract>> books() {
    return ContractArbitraries.book("A", 25, 60, f.zone());
  }

  @Provide
  Arbitrary<List<Integer>> newLogoStarts() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2023, 2026);
    return Arbitraries.oneOf(
        years.flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> ReportingPeriod.quarter(y, q))),
        years.flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> ReportingPeriod.month(y, m))),
        years.map(ReportingPeriod::year));
  }

  private RetentionMetrics retention(List<Contract> book, ReportingPeriod period) {
    return RetentionMetrics.of(f.movements().over(book, period), "USD");
  }

  private static void assertBetweenZeroAndOne(Ratio ratio) {
    assertTrue(ratio.numerator().signum() >= 0, () -> ratio + " below 0");
    assertTrue(ratio.numerator().compareTo(ratio.denominator()) <= 0, () -> ratio + " above 1");
  }
}
