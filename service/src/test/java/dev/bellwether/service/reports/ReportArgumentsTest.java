package dev.bellwether.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the report options: each error names the option and the forms it takes. */
class ReportArgumentsTest {

  @Test
  void periodsAreYearsQuartersOrMonths() throws Exception {
    assertEquals(ReportingPeriod.quarter(2025, 3), ReportArguments.period("--period", " 2025-q3 "));
    assertEquals(ReportingPeriod.month(2025, 7), ReportArguments.period("--period", "2025-07"));
    ReportUsageException e = assertThrows(ReportUsageException.class, () -> ReportArguments.period("period", "July"));
    assertEquals("bad_period", e.code());
    assertEquals("period: period 'July' is not a year (2025), a quarter (2025-Q3) or a month (2025-07)",
        e.getMessage());
  }

  @Test
  void groupingIsOptional() throws Exception {
    assertEquals(Optional.empty(), ReportArguments.groupBy("--by", null));
    assertEquals(Optional.of(GroupBy.OWNER), ReportArguments.groupBy("--by", "Owner"));
    assertEquals("bad_group", assertThrows(ReportUsageException.class,
        () -> ReportArguments.groupBy("by", "csm")).code());
  }

  @Test
  void zoneAndCurrencyDefaultToUtcAndUsdAndAreChecked() throws Exception {
    assertEquals(ReportSettings.DEFAULTS, ReportArguments.settings("--zone", null, "--currency", " "));
    assertEquals(new ReportSettings(ZoneId.of("Europe/Berlin"), "EUR"),
        ReportArguments.settings("--zone", "Europe/Berlin", "--currency", "eur"));
    ReportUsageException zone = assertThrows(ReportUsageException.class,
        () -> ReportArguments.settings("--zone", "Mars/Olympus", "--currency", null));
    assertEquals("--zone: 'Mars/Olympus' is not a time zone such as UTC or Europe/Berlin", zone.getMessage());
    ReportUsageException currency = assertThrows(ReportUsageException.class,
        () -> ReportArguments.settings("--zone", null, "--currency", "DOLLARS"));
    assertEquals("--currency: 'DOLLARS' is not an ISO 4217 currency code such as USD or EUR", currency.getMessage());
  }

  @Test
  void aRangeDefaultsToTheTwelveMonthsEndingOnTheDayJudged() throws Exception {
    LocalDate asOf = LocalDate.of(2025, 10, 15);
    assertEquals(new ReportArguments.DateRange(LocalDate.of(2024, 10, 16), asOf),
        ReportArguments.range("--from", null, "--to", null, asOf));
    assertEquals(new ReportArguments.DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)),
        ReportArguments.range("--from", null, "--to", "2025-06-30", asOf));
    assertEquals("bad_date", assertThrows(ReportUsageException.class,
        () -> ReportArguments.range("--from", "2025-13-01", "--to", null, asOf)).code());
  }

  @Test
  void formatsAreCheckedAgainstWhatTheReportOffers() throws Exception {
    List<OutputFormat> tableOrJson = List.of(OutputFormat.TABLE, OutputFormat.JSON);
    assertEquals(OutputFormat.TABLE, OutputFormat.parse("--format", null, tableOrJson));
    assertEquals(OutputFormat.JSON, OutputFormat.parse("--format", "JSON", tableOrJson));
    assertEquals("--format: 'csv' is not one of table, json", assertThrows(ReportUsageException.class,
        () -> OutputFormat.parse("--format", "csv", tableOrJson)).getMessage());
  }
}
