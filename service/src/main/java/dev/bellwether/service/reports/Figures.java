package dev.bellwether.service.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers are written: for people (grouped, with a % sign) and for machines (plain). */
final class Figures {

  /** What a cell without a value shows, with a footnote giving the reason. */
  static final String DASH = "–";

  private Figures() {}

  /** Rounded half-up to the unit's decimals, thousands grouped: {@code 1,234.50}, {@code 80.95%}. */
  static String display(BigDecimal value, MetricUnit unit) {
    DecimalFormat format = new DecimalFormat(unit.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(unit.decimals()),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(round(value, unit)) + (unit == MetricUnit.PERCENT ? "%" : "");
  }

  /** Rounded half-up to the unit's decimals, no grouping: {@code 1234.50}. */
  static String plain(BigDecimal value, MetricUnit unit) {
    return round(value, unit).toPlainString();
  }

  /** The value rounded half-up to the unit's decimals. */
  static BigDecimal round(BigDecimal value, MetricUnit unit) {
    return value.setScale(unit.decimals(), RoundingMode.HALF_UP);
  }
}
