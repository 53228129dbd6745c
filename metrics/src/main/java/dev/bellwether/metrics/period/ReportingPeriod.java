package dev.bellwether.metrics.period;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter or year, written {@code 2025-07}, {@code 2025-Q3} or {@code 2025}.
 *
 * <p>A period is a span of local dates; it becomes a span of instants only in a time zone (the
 * org's), from the first instant of its first day to the first instant of the day after its last
 * day (exclusive). Metrics that compare "start" and "end" take their snapshots at exactly those two
 * instants, so the end of one period is the start of the next and movements add up over periods.
 */
public record ReportingPeriod(PeriodKind kind, LocalDate firstDay) implements Comparable<ReportingPeriod> {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  public ReportingPeriod {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(firstDay, "firstDay");
    if (firstDay.getDayOfMonth() != 1 || (firstDay.getMonthValue() - 1) % kind.months() != 0) {
      throw new IllegalArgumentException(
          "a " + kind.name().toLowerCase() + " period cannot start on " + firstDay);
    }
  }

  /**
   * Parses {@code 2025} (a year), {@code 2025-Q3} (a quarter) or {@code 2025-07} (a month).
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static ReportingPeriod parse(String text) {
    Objects.requireNonNull(text, "period text");
    String t = text.strip().toUpperCase();
    Matcher m;
    if ((m = YEAR.matcher(t)).matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    if ((m = QUARTER.matcher(t)).matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = MONTH.matcher(t)).matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return month(Integer.parseInt(m.group(1)), month);
      }
    }
    throw new IllegalArgumentException(
        "period '" + text + "' is not a year (2025), a quarter (2025-Q3) or a month (2025-07)");
  }

  /** The calendar year {@code year}. */
  public static ReportingPeriod year(int year) {
    return new ReportingPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
  }

  /** Quarter {@code quarter} (1–4) of {@code year}. */
  public static ReportingPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
    }
    return new ReportingPeriod(PeriodKind.QUARTER, LocalDate.of(year, 3 * (quarter - 1) + 1, 1));
  }

  /** Month {@code month} (1–12) of {@code year}. */
  public static ReportingPeriod month(int year, int month) {
    try {
      return new ReportingPeriod(PeriodKind.MONTH, LocalDate.of(year, month, 1));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("month must be 1 to 12, was " + month, e);
    }
  }

  /** The period of {@code kind} that contains {@code date}. */
  public static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
    int monthIndex = date.getMonthValue() - 1;
    int firstMonth = monthIndex - monthIndex % kind.months() + 1;
    return new ReportingPeriod(kind, LocalDate.of(date.getYear(), firstMonth, 1));
  }

  /** The last day that belongs to the period. */
  public LocalDate lastDay() {
    return dayAfter().minusDays(1);
  }

  /** The first day after the period (the next period's first day). */
  public LocalDate dayAfter() {
    return firstDay.plusMonths(kind.months());
  }

  /** Whether {@code date} is one of the period's days. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay) && date.isBefore(dayAfter());
  }

  /** Whether {@code instant} falls in the period when read on the wall clock of {@code zone}. */
  public boolean contains(Instant instant, ZoneId zone) {
    return !instant.isBefore(startIn(zone)) && instant.isBefore(endIn(zone));
  }

  /** The first instant of the period in {@code zone}. */
  public Instant startIn(ZoneId zone) {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in {@code zone} (exclusive end; the next period's start). */
  public Instant endIn(ZoneId zone) {
    return dayAfter().atStartOfDay(zone).toInstant();
  }

  /** The period of the same kind just before this one. */
  public ReportingPeriod previous() {
    return new ReportingPeriod(kind, firstDay.minusMonths(kind.months()));
  }

  /** The period of the same kind just after this one. */
  public ReportingPeriod next() {
    return new ReportingPeriod(kind, dayAfter());
  }

  /** The first day of the twelve months that end with this period (for annual rates such as LTV's). */
  public LocalDate trailingYearFirstDay() {
    return dayAfter().minusYears(1);
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    int byStart = firstDay.compareTo(other.firstDay);
    return byStart != 0 ? byStart : Integer.compare(kind.months(), other.kind.months());
  }

  /** The period as it is written: {@code 2025}, {@code 2025-Q3} or {@code 2025-07}. */
  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> String.valueOf(firstDay.getYear());
      case QUARTER -> firstDay.getYear() + "-Q" + ((firstDay.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%d-%02d", firstDay.getYear(), firstDay.getMonthValue());
    };
  }
}
