package dev.bellwether.metrics.retention;

import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.revenue.AnnualContractValue;
import dev.bellwether.metrics.revenue.Contract;
import dev.bellwether.metrics.revenue.RecurringRevenue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Period boundaries are midnights on the org's wall clock, never UTC's. */
class PeriodBoundaryTest {

  @Test
  void aContractEndingAt2330OnTheQuartersLastDayChurnsInThatQuarter() {
    ZoneId la = ZoneId.of("America/Los_Angeles");
    ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);
    // 23:30 on 30 September in Los Angeles is 06:30 on 1 October in UTC.
    Contract lateEvening = contract("A", la, LocalDateTime.of(2024, 10, 1, 0, 0), LocalDateTime.of(2025, 9, 30, 23, 30));
    assertEquals(MovementKind.CHURNED, kinds(List.of(lateEvening), q3, la).get("A"));
    // Read in UTC the same instants would wrongly keep the account through Q3.
    assertEquals(MovementKind.UNCHANGED, kinds(List.of(lateEvening), q3, ZoneId.of("UTC")).get("A"));
  }

  @Test
  void aContractStartingAt0030OnTheNextQuartersFirstDayIsNewInTheNextQuarter() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);
    // 00:30 on 1 October in Tokyo is 15:30 on 30 September in UTC.
    Contract earlyMorning = contract("B", tokyo, LocalDateTime.of(2025, 10, 1, 0, 30), LocalDateTime.of(2026, 10, 1, 0, 30));
    assertEquals(null, kinds(List.of(earlyMorning), q3, tokyo).get("B"));
    assertEquals(MovementKind.NEW, kinds(List.of(earlyMorning), q3.next(), tokyo).get("B"));
  }

  @Property(tries = 200)
  void lastDayEndingsChurnInThePeriodAndNextDayStartsAreNewInTheNextInEveryZone(
      @ForAll("zones") ZoneId zone,
      @ForAll("quarters") ReportingPeriod quarter,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 1, max = 59) int minute) {
    LocalDateTime lastDayTime = quarter.lastDay().atTime(hour, minute);
    LocalDateTime nextDayTime = quarter.dayAfter().atTime(hour, minute);
    Contract ending = contract("END", zone, quarter.firstDay().minusYears(1).atStartOfDay(), lastDayTime);
    Contract starting = contract("NEW", zone, nextDayTime, nextDayTime.plusYears(1));
    Map<String, MovementKind> now = kinds(List.of(ending, starting), quarter, zone);
    assertEquals(MovementKind.CHURNED, now.get("END"));
    assertEquals(null, now.get("NEW"));
    Map<String, MovementKind> next = kinds(List.of(ending, starting), quarter.next(), zone);
    assertEquals(null, next.get("END"));
    assertEquals(MovementKind.NEW, next.get("NEW"));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("America/Los_Angeles", "America/St_Johns", "Europe/London", "Asia/Tokyo", "Asia/Kathmandu", "Pacific/Auckland", "Pacific/Pago_Pago")
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<ReportingPeriod> quarters() {
    return Arbitraries.integers().between(2015, 2035)
        .flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> ReportingPeriod.quarter(y, q)));
  }

  private static Contract contract(String account, ZoneId zone, LocalDateTime start, LocalDateTime end) {
    Instant from = start.atZone(zone).toInstant();
    Instant to = end.atZone(zone).toInstant();
    return new Contract("C-" + account, account, from, to, usd(12_000), "core");
  }

  private static Map<String, MovementKind> kinds(List<Contract> contracts, ReportingPeriod period, ZoneId zone) {
    RecurringRevenue revenue =
        new RecurringRevenue(new AnnualContractValue(zone), new CurrencyConverter(ExchangeRateTable.singleCurrency("USD")));
    return new AccountMovements(revenue).over(contracts, period).stream()
        .collect(Collectors.toMap(AccountMovement::accountId, AccountMovement::kind));
  }
}
