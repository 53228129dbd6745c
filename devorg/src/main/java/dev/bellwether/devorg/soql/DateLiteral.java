package dev.bellwether.devorg.soql;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * SOQL's relative date literals. Each is a range of whole days relative to today in the org's
 * time zone: it starts {@code start(n)} periods from the current period and lasts
 * {@code length(n)} periods. Weeks start on Sunday (the en_US locale); the fiscal year is the
 * calendar year, the default for an org without custom fiscal years.
 */
enum DateLiteral {
  YESTERDAY(Unit.DAY, false, n -> -1, n -> 1),
  TODAY(Unit.DAY, false, n -> 0, n -> 1),
  TOMORROW(Unit.DAY, false, n -> 1, n -> 1),
  LAST_WEEK(Unit.WEEK, false, n -> -1, n -> 1),
  THIS_WEEK(Unit.WEEK, false, n -> 0, n -> 1),
  NEXT_WEEK(Unit.WEEK, false, n -> 1, n -> 1),
  LAST_MONTH(Unit.MONTH, false, n -> -1, n -> 1),
  THIS_MONTH(Unit.MONTH, false, n -> 0, n -> 1),
  NEXT_MONTH(Unit.MONTH, false, n -> 1, n -> 1),
  /** Includes today, so 91 days in all, as Salesforce documents. */
  LAST_90_DAYS(Unit.DAY, false, n -> -90, n -> 91),
  NEXT_90_DAYS(Unit.DAY, false, n -> 1, n -> 90),
  /** Includes today: LAST_N_DAYS:1 is yesterday and today. */
  LAST_N_DAYS(Unit.DAY, true, n -> -n, n -> n + 1),
  NEXT_N_DAYS(Unit.DAY, true, n -> 1, n -> n),
  N_DAYS_AGO(Unit.DAY, true, n -> -n, n -> 1),
  LAST_N_WEEKS(Unit.WEEK, true, n -> -n, n -> n),
  NEXT_N_WEEKS(Unit.WEEK, true, n -> 1, n -> n),
  N_WEEKS_AGO(Unit.WEEK, true, n -> -n, n -> 1),
  LAST_N_MONTHS(Unit.MONTH, true, n -> -n, n -> n),
  NEXT_N_MONTHS(Unit.MONTH, true, n -> 1, n -> n),
  N_MONTHS_AGO(Unit.MONTH, true, n -> -n, n -> 1),
  THIS_QUARTER(Unit.QUARTER, false, n -> 0, n -> 1),
  LAST_QUARTER(Unit.QUARTER, false, n -> -1, n -> 1),
  NEXT_QUARTER(Unit.QUARTER, false, n -> 1, n -> 1),
  LAST_N_QUARTERS(Unit.QUARTER, true, n -> -n, n -> n),
  NEXT_N_QUARTERS(Unit.QUARTER, true, n -> 1, n -> n),
  N_QUARTERS_AGO(Unit.QUARTER, true, n -> -n, n -> 1),
  THIS_YEAR(Unit.YEAR, false, n -> 0, n -> 1),
  LAST_YEAR(Unit.YEAR, false, n -> -1, n -> 1),
  NEXT_YEAR(Unit.YEAR, false, n -> 1, n -> 1),
  LAST_N_YEARS(Unit.YEAR, true, n -> -n, n -> n),
  NEXT_N_YEARS(Unit.YEAR, true, n -> 1, n -> n),
  N_YEARS_AGO(Unit.YEAR, true, n -> -n, n -> 1),
  THIS_FISCAL_QUARTER(Unit.QUARTER, false, n -> 0, n -> 1),
  LAST_FISCAL_QUARTER(Unit.QUARTER, false, n -> -1, n -> 1),
  NEXT_FISCAL_QUARTER(Unit.QUARTER, false, n -> 1, n -> 1),
  LAST_N_FISCAL_QUARTERS(Unit.QUARTER, true, n -> -n, n -> n),
  NEXT_N_FISCAL_QUARTERS(Unit.QUARTER, true, n -> 1, n -> n),
  N_FISCAL_QUARTERS_AGO(Unit.QUARTER, true, n -> -n, n -> 1),
  THIS_FISCAL_YEAR(Unit.YEAR, false, n -> 0, n -> 1),
  LAST_FISCAL_YEAR(Unit.YEAR, false, n -> -1, n -> 1),
  NEXT_FISCAL_YEAR(Unit.YEAR, false, n -> 1, n -> 1),
  LAST_N_FISCAL_YEARS(Unit.YEAR, true, n -> -n, n -> n),
  NEXT_N_FISCAL_YEARS(Unit.YEAR, true, n -> 1, n -> n),
  N_FISCAL_YEARS_AGO(Unit.YEAR, true, n -> -n, n -> 1);

  /** A range of whole days: from is the first day, until the first day after it. */
  record DayRange(LocalDate from, LocalDate until) {}

  private final Unit unit;
  private final boolean takesN;
  private final IntUnaryOperator start;
  private final IntUnaryOperator length;

  DateLiteral(Unit unit, boolean takesN, IntUnaryOperator start, IntUnaryOperator length) {
    this.unit = unit;
    this.takesN = takesN;
    this.start = start;
    this.length = length;
  }

  /** True for the LAST_N_DAYS:n family, written with a colon and a number. */
  boolean takesN() {
    return takesN;
  }

  /** The literal with this name, ignoring case. */
  static Optional<DateLiteral> named(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The days this literal covers when today is {@code today}. */
  DayRange range(LocalDate today, int n) {
    LocalDate periodStart = unit.floor(today);
    LocalDate from = unit.plus(periodStart, start.applyAsInt(n));
    return new DayRange(from, unit.plus(from, length.applyAsInt(n)));
  }

  private enum Unit {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    LocalDate floor(LocalDate d) {
      switch (this) {
        case WEEK: return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        case MONTH: return d.withDayOfMonth(1);
        case QUARTER: return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
        case YEAR: return d.withDayOfYear(1);
        default: return d;
      }
    }

    LocalDate plus(LocalDate d, int amount) {
      switch (this) {
        case WEEK: return d.plusWeeks(amount);
        case MONTH: return d.plusMonths(amount);
        case QUARTER: return d.plusMonths(3L * amount);
        case YEAR: return d.plusYears(amount);
        default: return d.plusDays(amount);
      }
    }
  }
}
