package dev.bellwether.metrics.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.ContractArbitraries;
import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import dev.bellwether.metrics.retention.RetentionMetrics;
import dev.bellwether.metrics.revenue.Contract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Groups partition the book: their sums are the book's, and the book's ratios lie among theirs. */
class BreakdownPropertiesTest {

  private final Fixtures f = new Fixtures();
  private final PeriodMetricsCalculator calculator =
      new PeriodMetricsCalculator(MetricsSettings.defaults(f.zone(), ExchangeRateTable.singleCurrency("USD")));

  @Property(tries = 100)
  void groupsAddUpToTheBook(
      @ForAll("books") List<Contract> contracts, @ForAll("quarters") ReportingPeriod period, @ForAll GroupBy by) {
    Breakdown<PeriodMetrics> breakdown = calculator.breakdown(book(contracts), period, LocalDate.of(2027, 1, 1), by);
    RetentionMetrics whole = breakdown.book().retention();
    Money start = Money.zero("USD"), churned = start, contraction = start, expansion = start, added = start;
    int accounts = 0, retained = 0, fresh = 0;
    for (PeriodMetrics group : breakdown.groups().values()) {
      RetentionMetrics r = group.retention();
      start = start.plus(r.startingArr());
      churned = churned.plus(r.churnedArr());
      contraction = contraction.plus(r.contraction());
      expansion = expansion.plus(r.expansion());
      added = added.plus(r.newArr());
      accounts += r.startingAccounts();
      retained += r.retainedAccounts();
      fresh += r.newAccounts();
    }
    assertTrue(start.isSameAs(whole.startingArr()));
    assertTrue(churned.isSameAs(whole.churnedArr()));
    assertTrue(contraction.isSameAs(whole.contraction()));
    assertTrue(expansion.isSameAs(whole.expansion()));
    assertTrue(added.isSameAs(whole.newArr()));
    assertEquals(whole.startingAccounts(), accounts);
    assertEquals(whole.retainedAccounts(), retained);
    assertEquals(whole.newAccounts(), fresh);
  }

  @Property(tries = 100)
  void theBooksGrrAndNrrLieBetweenItsGroups(
      @ForAll("books") List<Contract> contracts, @ForAll("quarters") ReportingPeriod period, @ForAll GroupBy by) {
    Breakdown<PeriodMetrics> breakdown = calculator.breakdown(book(contracts), period, LocalDate.of(2027, 1, 1), by);
    if (!breakdown.book().retention().grossRevenueRetention().isDefined()) {
      return;
    }
    List<Ratio> groupGrr = new ArrayList<>();
    List<Ratio> groupNrr = new ArrayList<>();
    for (PeriodMetrics group : breakdown.groups().values()) {
      if (group.retention().grossRevenueRetention().isDefined()) {
        groupGrr.add(group.retention().grossRevenueRetention().value());
        groupNrr.add(group.retention().netRevenueRetention().value());
      }
    }
    assertBetween(breakdown.book().retention().grossRevenueRetention().value(), groupGrr);
    assertBetween(breakdown.book().retention().netRevenueRetention().value(), groupNrr);
  }

  private static void assertBetween(Ratio whole, List<Ratio> parts) {
    Ratio min = parts.stream().min(Ratio::compareTo).orElseThrow();
    Ratio max = parts.stream().max(Ratio::compareTo).orElseThrow();
    assertTrue(whole.compareTo(min) >= 0 && whole.compareTo(max) <= 0, () -> whole + " outside " + min + ".." + max);
  }

  /** Profiles for every account: segment and owner from the id, some left blank. */
  private static Book book(List<Contract> contracts) {
    List<AccountProfile> profiles = new ArrayList<>();
    String[] segments = {"SMB", "Mid-market", "Enterprise", ""};
    String[] owners = {"ann", "bob", "cho"};
    for (String account : new TreeSet<>(contracts.stream().map(Contract::accountId).toList())) {
      int h = Math.abs(account.hashCode());
      profiles.add(new AccountProfile(account, segments[h % 4], owners[h % 3], Optional.empty()));
    }
    return Book.ofContracts(profiles, contracts);
  }

  @Provide
  Arbitrary<List<Contract>> books() {
    return ContractArbitraries.book("A", 20, 30, f.zone());
  }

  @Provide
  Arbitrary<ReportingPeriod> quarters() {
    return Arbitraries.integers().between(2023, 2026)
        .flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> ReportingPeriod.quarter(y, q)));
  }
}
