package dev.bellwether.service.panels.charts;

import java.util.Locale;

/** Coordinates as SVG reads them: one decimal, a dot whatever the user's locale, never NaN. */
final class SvgNumbers {
  private SvgNumbers() {}

  static String coord(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("an SVG coordinate must be a finite number, was " + v);
    }
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
