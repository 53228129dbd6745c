package dev.bellwether.metrics.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void parsesQuarterMonthAndYear() {
    ReportingPeriod q3 = ReportingPeriod.parse("2025-Q3");
    assertEquals(PeriodKind.QUARTER, q3.kind());
    assertEquals(LocalDate.of(2025, 7, 1), q3.firstDay());
    assertEquals(LocalDate.of(2025, 9, 30), q3.lastDay());

    ReportingPeriod feb = ReportingPeriod.parse("2024-02");
    assertEquals(LocalDate.of(2024, 2, 29), feb.lastDay());

    ReportingPeriod year = ReportingPeriod.parse(" 2025 ");
    assertEquals(LocalDate.of(2025, 12, 31), year.lastDay());
    assertEquals("2025", year.toString());
    assertEquals(q3, ReportingPeriod.parse("2025-q3"));
  }

  @Test
  void rejectsTextThatIsNoPeriodNamingIt() {
    for (String bad : new String[] {"2025-Q5", "2025-13", "2025-00", "Q3-2025", "25", "2025-7", ""}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void rejectsAPeriodThatStartsOffItsCalendarBoundary() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportingPeriod(PeriodKind.QUARTER, LocalDate.of(2025, 2, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportingPeriod(PeriodKind.MONTH, LocalDate.of(2025, 2, 2)));
  }

  @Test
  void boundariesAreMidnightsOnTheOrgWallClockNotUtc() {
    ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    // 2025-07-01T00:00 in Tokyo is 2025-06-30T15:00Z.
    assertEquals(Instant.parse("2025-06-30T15:00:00Z"), q3.startIn(tokyo));
    assertEquals(Instant.parse("2025-09-30T15:00:00Z"), q3.endIn(tokyo));

    ZoneId la = ZoneId.of("America/Los_Angeles");
    Instant lastEvening = LocalDateTime.of(2025, 9, 30, 23, 30).atZone(la).toInstant();
    assertEquals(Instant.parse("2025-10-01T06:30:00Z"), lastEvening); // already Q4 in UTC
    assertTrue(q3.contains(lastEvening, la));
    assertFalse(q3.contains(lastEvening, ZoneId.of("UTC")));
  }

  @Test
  void neighboursAndTrailingYear() {
    ReportingPeriod q1 = ReportingPeriod.quarter(2025, 1);
    assertEquals(ReportingPeriod.quarter(2024, 4), q1.previous());
    assertEquals(ReportingPeriod.quarter(2025, 2), q1.next());
    assertEquals(LocalDate.of(2024, 4, 1), q1.trailingYearFirstDay());
    assertEquals(LocalDate.of(2025, 1, 1), ReportingPeriod.year(2025).trailingYearFirstDay());
    assertEquals(ReportingPeriod.month(2025, 8), ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2025, 8, 31)));
  }

  @Property(tries = 300)
  void printedFormParsesBack(@ForAll("periods") ReportingPeriod period) {
    assertEquals(period, ReportingPeriod.parse(period.toString()));
  }

  @Property(tries = 300)
  void consecutivePeriodsTileTheCalendar(@ForAll("periods") ReportingPeriod period, @ForAll("zones") ZoneId zone) {
    assertEquals(period.endIn(zone), period.next().startIn(zone));
    assertEquals(period.dayAfter(), period.next().firstDay());
    assertTrue(period.contains(period.firstDay()));
    assertTrue(period.contains(period.lastDay()));
    assertFalse(period.contains(period.dayAfter()));
    assertEquals(period, ReportingPeriod.containing(period.kind(), period.lastDay()));
  }

  @Property(tries = 300)
  void anInstantOnTheLastLocalDayBelongsToThePeriodInEveryZone(
      @ForAll("periods") ReportingPeriod period,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute) {
    Instant onLastDay = period.lastDay().atTime(hour, minute).atZone(zone).toInstant();
    Instant onNextDay = period.dayAfter().atTime(hour, minute).atZone(zone).toInstant();
    assertTrue(period.contains(onLastDay, zone));
    assertFalse(period.contains(onNextDay, zone));
  }

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    // From 2000: Kiritimati skipped the whole of 1994-12-31, a day no wall clock there shows.
    Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2090);
    return Arbitraries.oneOf(
        years.map(ReportingPeriod::year),
        years.flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> ReportingPeriod.quarter(y, q))),
        years.flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> ReportingPeriod.month(y, m))));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
            "UTC", "America/Los_Angeles", "America/New_York", "Europe/Berlin", "Asia/Tokyo",
            "Asia/Kolkata", "Pacific/Auckland", "Pacific/Kiritimati", "Pacific/Pago_Pago",
            "Australia/Lord_Howe")
        .map(ZoneId::of);
  }
}
