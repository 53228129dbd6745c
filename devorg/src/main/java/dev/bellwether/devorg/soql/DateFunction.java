package dev.bellwether.devorg.soql;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * SOQL's date functions. Fiscal variants equal the calendar ones, the default for an org
 * without custom fiscal years.
 */
enum DateFunction {
  CALENDAR_YEAR, CALENDAR_MONTH, CALENDAR_QUARTER, FISCAL_YEAR, FISCAL_MONTH, FISCAL_QUARTER,
  DAY_IN_MONTH, DAY_IN_WEEK, DAY_IN_YEAR, DAY_ONLY, HOUR_IN_DAY, WEEK_IN_MONTH, WEEK_IN_YEAR;

  static Optional<DateFunction> named(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** DAY_ONLY yields a date; the others a number. */
  ValueKind resultKind() {
    return this == DAY_ONLY ? ValueKind.DATE : ValueKind.INTEGER;
  }

  /** HOUR_IN_DAY needs a time of day, so it takes dateTime fields only. */
  boolean needsTime() {
    return this == HOUR_IN_DAY;
  }

  Object apply(LocalDateTime t) {
    switch (this) {
      case CALENDAR_YEAR: case FISCAL_YEAR: return t.getYear();
      case CALENDAR_MONTH: case FISCAL_MONTH: return t.getMonthValue();
      case CALENDAR_QUARTER: case FISCAL_QUARTER: return (t.getMonthValue() - 1) / 3 + 1;
      case DAY_IN_MONTH: return t.getDayOfMonth();
      case DAY_IN_WEEK: return t.getDayOfWeek().getValue() % 7 + 1; // Sunday is 1
      case DAY_IN_YEAR: return t.getDayOfYear();
      case DAY_ONLY: return t.toLocalDate();
      case HOUR_IN_DAY: return t.getHour();
      case WEEK_IN_MONTH: return (t.getDayOfMonth() - 1) / 7 + 1;
      case WEEK_IN_YEAR: return (t.getDayOfYear() - 1) / 7 + 1; // Jan 1-7 is week 1
      default: throw new IllegalStateException(name());
    }
  }
}
