package dev.bellwether.metrics.health;

/** What a measure's raw value counts, so thresholds and panels show it with its unit. */
public enum MeasureUnit {
  /** A share in percent, 0–100 (usage vs expected and the active-user ratio may pass 100). */
  PERCENT("%"),
  /** Net Promoter Score points, −100 to 100. */
  NPS_POINTS("NPS"),
  /** Whole days. */
  DAYS("days"),
  /** A count of support cases. */
  CASES("cases");

  private final String symbol;

  MeasureUnit(String symbol) {
    this.symbol = symbol;
  }

  /** How the unit is written after a number: {@code %}, {@code days}, ... */
  public String symbol() {
    return symbol;
  }
}
