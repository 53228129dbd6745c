package dev.bellwether.service.reports;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the texts a report request gives (CLI options or query parameters) into values. Each error
 * names the parameter as the caller spells it ({@code --period} or {@code period}) and the forms it
 * accepts.
 */
public final class ReportArguments {

  private ReportArguments() {}

  /** A period: {@code 2025}, {@code 2025-Q3} or {@code 2025-07}; required. */
  public static ReportingPeriod period(String name, String text) throws ReportUsageException {
    if (text == null || text.isBlank()) {
      throw new ReportUsageException("bad_period", name + " is required: a year (2025), a quarter (2025-Q3)"
          + " or a month (2025-07)");
    }
    try {
      return ReportingPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ReportUsageException("bad_period", name + ": " + e.getMessage(), e);
    }
  }

  /** {@code segment} or {@code owner}; empty when not given. */
  public static Optional<GroupBy> groupBy(String name, String text) throws ReportUsageException {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(GroupBy.parse(text));
    } catch (IllegalArgumentException e) {
      throw new ReportUsageException("bad_group", name + ": " + e.getMessage(), e);
    }
  }

  /** An ISO date ({@code 2025-10-15}), or {@code fallback} when not given. */
  public static LocalDate date(String name, String text, LocalDate fallback) throws ReportUsageException {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ReportUsageException("bad_date", name + ": '" + text + "' is not a date such as 2025-10-15", e);
    }
  }

  /** The zone and currency, each defaulting to {@link ReportSettings#DEFAULTS}'. */
  public static ReportSettings settings(String zoneName, String zoneText, String currencyName, String currencyText)
      throws ReportUsageException {
    ZoneId zone = ReportSettings.DEFAULTS.zone();
    if (zoneText != null && !zoneText.isBlank()) {
      try {
        zone = ZoneId.of(zoneText.strip());
      } catch (DateTimeException e) {
        throw new ReportUsageException("bad_zone", zoneName + ": '" + zoneText
            + "' is not a time zone such as UTC or Europe/Berlin", e);
      }
    }
    String currency = ReportSettings.DEFAULTS.currency();
    if (currencyText != null && !currencyText.isBlank()) {
      currency = currencyText.strip().toUpperCase(java.util.Locale.ROOT);
      try {
        return new ReportSettings(zone, currency);
      } catch (IllegalArgumentException e) {
        throw new ReportUsageException("bad_currency", currencyName + ": '" + currencyText
            + "' is not an ISO 4217 currency code such as USD or EUR", e);
      }
    }
    return new ReportSettings(zone, currency);
  }

  /**
   * A range of days, both included: {@code to} defaults to {@code asOf}, {@code from} to the day
   * after the same day a year before {@code to} (twelve months); {@code to} must not be before
   * {@code from}.
   */
  public static DateRange range(String fromName, String fromText, String toName, String toText, LocalDate asOf)
      throws ReportUsageException {
    LocalDate to = date(toName, toText, asOf);
    LocalDate from = date(fromName, fromText, to.minusYears(1).plusDays(1));
    if (to.isBefore(from)) {
      throw new ReportUsageException("bad_range", toName + " (" + to + ") is before " + fromName + " (" + from + ")");
    }
    return new DateRange(from, to);
  }

  /** Days {@code from} through {@code to}. */
  public record DateRange(LocalDate from, LocalDate to) {}
}
