package dev.bellwether.metrics.adoption;

import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.revenue.Contract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TimeToFirstValueTest {

  private final Fixtures f = new Fixtures();
  private final TimeToFirstValue ttfv =
      new TimeToFirstValue(f.zone(), Map.of("core", "first_report_shared", "analytics", "first_dashboard"));
  private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2025, 3);

  @Test
  void daysFromContractStartToFirstValueEventPerProductLine() {
    List<Contract> contracts =
        List.of(
            f.contract("A", "2025-07-01", "2026-06-30", usd(1_000)),
            f.contract("A", "2026-07-01", "2027-06-30", usd(1_000)), // a renewal does not restart the clock
            f.contract("A", "2025-09-01", "2026-08-31", usd(1_000), "analytics"),
            f.contract("B", "2025-07-20", "2026-07-19", usd(1_000)),
            f.contract("C", "2025-08-01", "2026-07-31", usd(1_000)),
            f.contract("D", "2025-09-30", "2026-09-29", usd(1_000)),
            f.contract("E", "2025-06-30", "2026-06-29", usd(1_000)),
            f.contract("F", "2025-07-01", "2026-06-30", usd(1_000), "support"));
    List<ValueEvent> events =
        List.of(
            event("A", "first_report_shared", LocalDateTime.of(2025, 7, 15, 10, 0)), // 14 days
            event("A", "first_report_shared", LocalDateTime.of(2025, 8, 15, 10, 0)), // later: ignored
            event("A", "first_dashboard", LocalDateTime.of(2025, 9, 11, 9, 0)), // 10 days
            event("A", "something_else", LocalDateTime.of(2025, 7, 2, 9, 0)),
            event("B", "first_report_shared", LocalDateTime.of(2025, 7, 10, 9, 0)), // a pilot: 0 days
            // 23:30 on 30 October in Los Angeles is 31 October in UTC: still 30 days.
            event("D", "first_report_shared", LocalDateTime.of(2025, 10, 30, 23, 30)),
            event("E", "first_report_shared", LocalDateTime.of(2025, 7, 1, 9, 0)));

    List<FirstValue> all = ttfv.firstValues(contracts, events);
    assertEquals(6, all.size()); // F's support line has no value event
    assertEquals(14L, find(all, "A", "core").days().value());
    assertEquals(LocalDate.of(2025, 7, 1), find(all, "A", "core").contractStart());
    assertEquals(0L, find(all, "B", "core").days().value());
    assertFalse(find(all, "C", "core").days().isDefined());
    assertEquals(30L, find(all, "D", "core").days().value());

    // Q3 starts: A core 14, A analytics 10, B 0, D 30 reached; C waiting; E started in Q2.
    TtfvSummary q3 = ttfv.summary(contracts, events, Q3);
    assertEquals(List.of(0L, 10L, 14L, 30L), q3.daysToValue());
    assertEquals(1, q3.stillWaiting());
    assertEquals(0, q3.medianDays().value().compareTo(BigDecimal.valueOf(12)));
    assertEquals(0, q3.meanDays().value().compareTo(new BigDecimal("13.5")));
    assertFalse(ttfv.summary(contracts, events, ReportingPeriod.year(2020)).medianDays().isDefined());
  }

  @Property(tries = 200)
  void medianAndMeanLieBetweenTheFastestAndSlowest(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 400) Long> days) {
    TtfvSummary summary = new TtfvSummary(days, 0);
    long min = days.stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = days.stream().mapToLong(Long::longValue).max().orElseThrow();
    for (BigDecimal v : List.of(summary.medianDays().value(), summary.meanDays().value())) {
      assertTrue(v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0);
    }
  }

  @Property(tries = 200)
  void laterEventsNeverChangeTtfvAndItIsNeverNegative(
      @ForAll @IntRange(min = -30, max = 300) int firstEventDay,
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 500) Integer> laterDays) {
    List<Contract> contracts = List.of(f.contract("A", "2025-07-01", "2026-06-30", usd(1_000)));
    LocalDateTime first = LocalDateTime.of(2025, 7, 1, 12, 0).plusDays(firstEventDay);
    List<ValueEvent> events = new ArrayList<>(List.of(event("A", "first_report_shared", first)));
    long before = ttfv.firstValues(contracts, events).get(0).days().value();
    assertEquals(Math.max(0, firstEventDay), before);
    laterDays.forEach(d -> events.add(event("A", "first_report_shared", first.plusDays(d))));
    assertEquals(before, ttfv.firstValues(contracts, events).get(0).days().value());
  }

  private ValueEvent event(String account, String type, LocalDateTime local) {
    Instant at = local.atZone(f.zone()).toInstant();
    return new ValueEvent(account, type, at);
  }

  private static FirstValue find(List<FirstValue> all, String account, String line) {
    return all.stream().filter(v -> v.accountId().equals(account) && v.productLine().equals(line)).findFirst().orElseThrow();
  }
}
