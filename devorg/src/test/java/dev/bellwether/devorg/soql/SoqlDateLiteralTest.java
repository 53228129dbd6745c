package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date literals against a fixed clock, 2026-11-23T10:00:00Z: Monday 23 November 2026 in both
 * Los Angeles (02:00 PST) and Seoul (19:00 KST). Weeks start on Sunday.
 */
class SoqlDateLiteralTest {
  private static final List<String> CLOSE_DATES = List.of("2024-03-01", "2025-12-31", "2026-01-01",
      "2026-07-01", "2026-08-24", "2026-08-25", "2026-09-30", "2026-10-01", "2026-10-31", "2026-11-07",
      "2026-11-08", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-28", "2026-11-29",
      "2026-11-30", "2026-12-01", "2026-12-05", "2026-12-06", "2026-12-31", "2027-01-01", "2027-02-21",
      "2027-02-22", "2027-06-30", "2027-07-01", "2028-01-01");

  /** One opportunity per close date, named by its date. */
  private static SoqlFixture opportunities() {
    SoqlFixture f = new SoqlFixture();
    for (String d : CLOSE_DATES) {
      f.create("Opportunity", "Name", d, "StageName", "Prospecting", "CloseDate", LocalDate.parse(d));
    }
    return f;
  }

  private final SoqlFixture opps = opportunities();

  private List<Object> closing(String condition) {
    return SoqlFixture.column(SoqlFixture.run(opps.engine(SoqlFixture.NOW, SoqlFixture.LOS_ANGELES),
        "SELECT Name FROM Opportunity WHERE CloseDate " + condition), "Name");
  }

  private static List<Object> dates(String spaceSeparated) {
    return spaceSeparated.isBlank() ? List.of() : Arrays.asList((Object[]) spaceSeparated.trim().split("\\s+"));
  }

  @ParameterizedTest(name = "CloseDate = {0}")
  @CsvSource(delimiter = '|', value = {
      "TODAY | 2026-11-23",
      "YESTERDAY | 2026-11-22",
      "TOMORROW | 2026-11-24",
      "THIS_WEEK | 2026-11-22 2026-11-23 2026-11-24 2026-11-28",
      "LAST_WEEK | 2026-11-21",
      "NEXT_WEEK | 2026-11-29 2026-11-30 2026-12-01 2026-12-05",
      "THIS_MONTH | 2026-11-07 2026-11-08 2026-11-21 2026-11-22 2026-11-23 2026-11-24 2026-11-28 2026-11-29 2026-11-30",
      "LAST_MONTH | 2026-10-01 2026-10-31",
      "NEXT_MONTH | 2026-12-01 2026-12-05 2026-12-06 2026-12-31",
      "LAST_90_DAYS | 2026-08-25 2026-09-30 2026-10-01 2026-10-31 2026-11-07 2026-11-08 2026-11-21 2026-11-22 2026-11-23",
      "NEXT_90_DAYS | 2026-11-24 2026-11-28 2026-11-29 2026-11-30 2026-12-01 2026-12-05 2026-12-06 2026-12-31 2027-01-01 2027-02-21",
      "LAST_N_DAYS:1 | 2026-11-22 2026-11-23",
      "LAST_N_DAYS:0 | 2026-11-23",
      "NEXT_N_DAYS:7 | 2026-11-24 2026-11-28 2026-11-29 2026-11-30",
      "N_DAYS_AGO:2 | 2026-11-21",
      "LAST_N_WEEKS:2 | 2026-11-08 2026-11-21",
      "NEXT_N_WEEKS:1 | 2026-11-29 2026-11-30 2026-12-01 2026-12-05",
      "LAST_N_MONTHS:2 | 2026-09-30 2026-10-01 2026-10-31",
      "NEXT_N_MONTHS:1 | 2026-12-01 2026-12-05 2026-12-06 2026-12-31",
      "THIS_QUARTER | 2026-10-01 2026-10-31 2026-11-07 2026-11-08 2026-11-21 2026-11-22 2026-11-23 2026-11-24 2026-11-28 2026-11-29 2026-11-30 2026-12-01 2026-12-05 2026-12-06 2026-12-31",
      "LAST_QUARTER | 2026-07-01 2026-08-24 2026-08-25 2026-09-30",
      "NEXT_QUARTER | 2027-01-01 2027-02-21 2027-02-22",
      "LAST_N_QUARTERS:1 | 2026-07-01 2026-08-24 2026-08-25 2026-09-30",
      "NEXT_N_QUARTERS:2 | 2027-01-01 2027-02-21 2027-02-22 2027-06-30",
      "THIS_YEAR | 2026-01-01 2026-07-01 2026-08-24 2026-08-25 2026-09-30 2026-10-01 2026-10-31 2026-11-07 2026-11-08 2026-11-21 2026-11-22 2026-11-23 2026-11-24 2026-11-28 2026-11-29 2026-11-30 2026-12-01 2026-12-05 2026-12-06 2026-12-31",
      "LAST_YEAR | 2025-12-31",
      "NEXT_YEAR | 2027-01-01 2027-02-21 2027-02-22 2027-06-30 2027-07-01",
      "LAST_N_YEARS:2 | 2024-03-01 2025-12-31",
      "NEXT_N_YEARS:1 | 2027-01-01 2027-02-21 2027-02-22 2027-06-30 2027-07-01",
      "THIS_FISCAL_QUARTER | 2026-10-01 2026-10-31 2026-11-07 2026-11-08 2026-11-21 2026-11-22 2026-11-23 2026-11-24 2026-11-28 2026-11-29 2026-11-30 2026-12-01 2026-12-05 2026-12-06 2026-12-31",
  })
  void equalsMeansWithinTheLiteralsRangeOfDays(String literal, String expected) {
    assertEquals(dates(expected), closing("= " + literal));
  }

  @Test
  void lessThanMeansBeforeTheRangeStartsAndGreaterThanAfterItEnds() {
    assertEquals(dates("2024-03-01 2025-12-31 2026-01-01 2026-07-01 2026-08-24 2026-08-25 2026-09-30 2026-10-01 2026-10-31"),
        closing("< THIS_MONTH"));
    assertEquals(dates("2026-12-01 2026-12-05 2026-12-06 2026-12-31 2027-01-01 2027-02-21 2027-02-22 2027-06-30 2027-07-01 2028-01-01"),
        closing("> THIS_MONTH"));
  }

  @Test
  void orEqualOperatorsIncludeTheWholeRange() {
    assertEquals(dates("2024-03-01 2025-12-31 2026-01-01 2026-07-01 2026-08-24 2026-08-25 2026-09-30 2026-10-01 2026-10-31 2026-11-07 2026-11-08 2026-11-21"),
        closing("<= LAST_WEEK"));
    assertEquals(dates("2026-11-29 2026-11-30 2026-12-01 2026-12-05 2026-12-06 2026-12-31 2027-01-01 2027-02-21 2027-02-22 2027-06-30 2027-07-01 2028-01-01"),
        closing(">= NEXT_WEEK"));
  }

  @Test
  void notEqualsExcludesTheRange() {
    assertEquals(CLOSE_DATES.size() - 4, closing("!= THIS_WEEK").size());
  }

  @Test
  void dateLiteralsWorkInInLists() {
    assertEquals(dates("2026-11-22 2026-11-24"), closing("IN (YESTERDAY, TOMORROW)"));
  }

  /** CreatedDate values around the Los Angeles midnights of 22-24 November (08:00Z). */
  private static SoqlFixture createdAroundMidnights() {
    SoqlFixture f = new SoqlFixture();
    f.create("Account", "Name", "a", "CreatedDate", "2026-11-23T08:30:00Z");
    f.create("Account", "Name", "b", "CreatedDate", "2026-11-22T07:59:59Z");
    f.create("Account", "Name", "c", "CreatedDate", "2026-11-22T08:00:00Z");
    f.create("Account", "Name", "d", "CreatedDate", "2026-11-24T07:59:59Z");
    f.create("Account", "Name", "e", "CreatedDate", "2026-11-24T08:00:00Z");
    return f;
  }

  private static List<Object> created(SoqlFixture f, Instant now, ZoneId zone, String condition) {
    SoqlEngine engine = f.engine(now, zone);
    return SoqlFixture.column(SoqlFixture.run(engine, "SELECT Name FROM Account WHERE CreatedDate " + condition
        + " AND Name IN ('a','b','c','d','e')"), "Name");
  }

  @Test
  void lastNDaysIncludesTodayInOrgTimeZone() {
    SoqlFixture f = createdAroundMidnights();
    // LA: a = 23rd 00:30, b = 21st 23:59:59, c = 22nd 00:00, d = 23rd 23:59:59, e = 24th 00:00
    assertEquals(List.of("a", "c", "d"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, "= LAST_N_DAYS:1"));
    assertEquals(List.of("a", "d"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, "= TODAY"));
    assertEquals(List.of("c"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, "= YESTERDAY"));
    assertEquals(List.of("b", "c"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, "< TODAY"));
    assertEquals(List.of("e"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, "> TODAY"));
    assertEquals(List.of("a", "b", "c", "d"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, "<= TODAY"));
    assertEquals(List.of("a", "d", "e"), created(f, SoqlFixture.NOW, SoqlFixture.LOS_ANGELES, ">= TODAY"));
  }

  @Test
  void seoulDayBoundariesFallAtFifteenHundredUtc() {
    SoqlFixture f = createdAroundMidnights();
    // Seoul: a = 23rd 17:30, b = 22nd 16:59:59, c = 22nd 17:00, d = 24th 16:59:59, e = 24th 17:00
    assertEquals(List.of("a"), created(f, SoqlFixture.NOW, SoqlFixture.SEOUL, "= TODAY"));
    assertEquals(List.of("b", "c"), created(f, SoqlFixture.NOW, SoqlFixture.SEOUL, "= YESTERDAY"));
    assertEquals(List.of("d", "e"), created(f, SoqlFixture.NOW, SoqlFixture.SEOUL, "= TOMORROW"));
    assertEquals(List.of("a", "b", "c"), created(f, SoqlFixture.NOW, SoqlFixture.SEOUL, "= LAST_N_DAYS:1"));
  }

  @Test
  void todayFollowsOrgTimeZoneAcrossUtcMidnight() {
    Instant earlyUtc = Instant.parse("2026-11-23T03:00:00Z"); // LA: 22nd 19:00; Seoul: 23rd 12:00
    SoqlEngine la = opps.engine(earlyUtc, SoqlFixture.LOS_ANGELES);
    SoqlEngine seoul = opps.engine(earlyUtc, SoqlFixture.SEOUL);
    String soql = "SELECT Name FROM Opportunity WHERE CloseDate = TODAY";
    assertEquals(List.of("2026-11-22"), SoqlFixture.column(SoqlFixture.run(la, soql), "Name"));
    assertEquals(List.of("2026-11-23"), SoqlFixture.column(SoqlFixture.run(seoul, soql), "Name"));
    // 22 November 2026 is a Sunday, so in LA this week already runs 22-28 and last week 15-21.
    assertEquals(List.of("2026-11-21"), SoqlFixture.column(SoqlFixture.run(la,
        "SELECT Name FROM Opportunity WHERE CloseDate = LAST_WEEK"), "Name"));
  }

  @Test
  void weekStartsOnSundayAtTheWeekBoundary() {
    Instant saturdayEvening = Instant.parse("2026-11-29T07:00:00Z"); // LA: Saturday 28th 23:00
    SoqlEngine la = opps.engine(saturdayEvening, SoqlFixture.LOS_ANGELES);
    SoqlEngine seoul = opps.engine(saturdayEvening, SoqlFixture.SEOUL); // Seoul: Sunday 29th 16:00
    String soql = "SELECT Name FROM Opportunity WHERE CloseDate = THIS_WEEK";
    assertEquals(dates("2026-11-22 2026-11-23 2026-11-24 2026-11-28"), SoqlFixture.column(SoqlFixture.run(la, soql), "Name"));
    assertEquals(dates("2026-11-29 2026-11-30 2026-12-01 2026-12-05"), SoqlFixture.column(SoqlFixture.run(seoul, soql), "Name"));
  }
}
