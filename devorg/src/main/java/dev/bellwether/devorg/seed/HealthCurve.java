package dev.bellwether.devorg.seed;

import java.time.LocalDate;

/**
 * The hidden truth behind an account's signals: its health, from 0 (gone) to 1 (thriving), on
 * any day. Usage, cases, surveys and payments are all drawn from it, so they agree.
 *
 * <p>A decline eases in and out (smoothstep) over months rather than dropping at once: real
 * accounts drift away, and a gradual slope is what a leading indicator has to catch early.
 *
 * @param declineStartDay epoch day the decline begins; {@link Long#MAX_VALUE} for none
 * @param declineEndDay epoch day health reaches {@code floor}
 * @param dipCenterDay epoch day of a temporary dip that recovers (a reorg, a bad quarter)
 * @param dipHalfWidth days from the dip's centre to either edge; 0 for no dip
 */
record HealthCurve(
    double baseline,
    long declineStartDay,
    long declineEndDay,
    double floor,
    long dipCenterDay,
    int dipHalfWidth,
    double dipDepth) {

  static HealthCurve steady(double baseline) {
    return new HealthCurve(baseline, Long.MAX_VALUE, Long.MAX_VALUE, baseline, 0, 0, 0);
  }

  static HealthCurve declining(double baseline, LocalDate from, LocalDate to, double floor) {
    long start = from.toEpochDay();
    long end = Math.max(start + 1, to.toEpochDay());
    return new HealthCurve(baseline, start, end, floor, 0, 0, 0);
  }

  HealthCurve withDip(LocalDate center, int halfWidth, double depth) {
    return new HealthCurve(baseline, declineStartDay, declineEndDay, floor, center.toEpochDay(),
        halfWidth, depth);
  }

  double at(LocalDate day) {
    return at(day.toEpochDay());
  }

  double at(long epochDay) {
    double health = baseline;
    if (epochDay > declineStartDay) {
      double span = declineEndDay - declineStartDay;
      double t = Math.min(1.0, (epochDay - declineStartDay) / span);
      double eased = t * t * (3 - 2 * t);
      health = baseline + (floor - baseline) * eased;
    }
    if (dipHalfWidth > 0) {
      long distance = Math.abs(epochDay - dipCenterDay);
      if (distance < dipHalfWidth) {
        health -= dipDepth * (1 - distance / (double) dipHalfWidth);
      }
    }
    return Math.max(0.02, Math.min(0.99, health));
  }
}
