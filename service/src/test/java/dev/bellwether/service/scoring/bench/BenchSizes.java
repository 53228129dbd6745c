package dev.bellwether.service.scoring.bench;

/**
 * How big the benchmark's book is: issue 5's 100,000 accounts, 10,000,000 usage events, 300,000
 * cases and 50,000 survey answers at scale 1, about 50 account owners at any scale.
 */
record BenchSizes(double scale, int accounts, long usageEvents, int cases, int surveyAnswers, int owners) {

  BenchSizes {
    if (accounts < 1 || usageEvents < 1 || cases < 0 || surveyAnswers < 0 || owners < 1) {
      throw new IllegalArgumentException("benchmark sizes must be positive: " + accounts + " accounts, " + usageEvents
          + " events, " + cases + " cases, " + surveyAnswers + " answers, " + owners + " owners");
    }
  }

  /** Issue 5's sizes times {@code scale} (0.1 is 10,000 accounts and 1,000,000 events). */
  static BenchSizes scaled(double scale) {
    if (!(scale > 0) || scale > 10) {
      throw new IllegalArgumentException("--scale must be above 0 and at most 10, was " + scale);
    }
    return new BenchSizes(scale, Math.max(1, (int) Math.round(100_000 * scale)),
        Math.max(1, Math.round(10_000_000 * scale)), (int) Math.round(300_000 * scale),
        (int) Math.round(50_000 * scale), 50);
  }
}
