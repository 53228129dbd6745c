package dev.bellwether.devorg.seed;

import java.util.Arrays;

/**
 * How an account took up the product.
 *
 * @param firstUseDay per {@link UsageFeature} ordinal, days from the first contract's start to
 *     first use, or -1 if never used (an array: usage reads it for every account, week and
 *     feature)
 * @param engagement multiplier on events per user: some teams simply click more
 * @param rampDays days to reach full usage after go-live
 * @param onboardingDays days to complete onboarding, or -1 if it never completed
 */
record Adoption(int[] firstUseDay, double engagement, int rampDays, int onboardingDays) {

  Adoption {
    firstUseDay = firstUseDay.clone();
  }

  boolean uses(UsageFeature feature) {
    return firstUseDay[feature.ordinal()] >= 0;
  }

  int firstUse(UsageFeature feature) {
    return firstUseDay[feature.ordinal()];
  }

  @Override
  public int[] firstUseDay() {
    return firstUseDay.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Adoption a
        && Arrays.equals(firstUseDay, a.firstUseDay)
        && engagement == a.engagement
        && rampDays == a.rampDays
        && onboardingDays == a.onboardingDays;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(firstUseDay) + Double.hashCode(engagement) + rampDays
        + 17 * onboardingDays;
  }
}
