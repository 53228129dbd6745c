package dev.bellwether.metrics.period;

/** The calendar granularity of a reporting period. */
public enum PeriodKind {
  MONTH(1),
  QUARTER(3),
  YEAR(12);

  private final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** How many calendar months one period of this kind spans. */
  public int months() {
    return months;
  }
}
