package dev.bellwether.devorg.seed;

import java.math.BigDecimal;

/** Customer segment, derived from NumberOfEmployees the way Bellwether derives it. */
enum Segment {
  ENTERPRISE("Enterprise", 1_000, 60_000, 150_000, 1_200_000, 5_000, 0.05, 650),
  MID_MARKET("Mid-Market", 100, 999, 30_000, 150_000, 1_000, 0.08, 500),
  SMB("SMB", 8, 99, 5_000, 30_000, 250, 0.15, 400);

  final String label;
  final int minEmployees;
  final int maxEmployees;
  final int minAcv;
  final int maxAcv;
  /** ACV is rounded to this step: price books quote round numbers. */
  final int acvStep;
  /** Chance that a 12-month term ends in churn; SMB churns most, as in real books. */
  final double annualChurn;
  /** List price of one seat per year, used to turn ACV into licensed seats. */
  final int seatPrice;

  Segment(
      String label,
      int minEmployees,
      int maxEmployees,
      int minAcv,
      int maxAcv,
      int acvStep,
      double annualChurn,
      int seatPrice) {
    this.label = label;
    this.minEmployees = minEmployees;
    this.maxEmployees = maxEmployees;
    this.minAcv = minAcv;
    this.maxAcv = maxAcv;
    this.acvStep = acvStep;
    this.annualChurn = annualChurn;
    this.seatPrice = seatPrice;
  }

  static Segment ofEmployees(int employees) {
    if (employees >= 1_000) {
      return ENTERPRISE;
    }
    return employees >= 100 ? MID_MARKET : SMB;
  }

  /** Whole dollars (scale 0): price books quote round numbers, and arithmetic on them is cheap. */
  BigDecimal roundAcv(double acv) {
    long steps = Math.max(1, Math.round(acv / acvStep));
    return BigDecimal.valueOf(steps * acvStep);
  }

  int seatsFor(double acv) {
    return (int) Math.max(3, Math.round(acv / seatPrice));
  }
}
