package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;

/**
 * A cohort's onboarding: accounts that completed in time, that missed the target, and whose
 * window is still open (not judged yet).
 */
public record OnboardingSummary(int completedInTime, int missed, int windowOpen) {

  /** Completed in time ÷ accounts whose window has closed. */
  public MetricValue<Ratio> rate() {
    int judged = completedInTime + missed;
    if (judged == 0 && windowOpen > 0) {
      return MetricValue.notDefined(
          "the onboarding window of all " + windowOpen + " new accounts is still open");
    }
    return Ratio.of(completedInTime, judged, "no new account in the cohort");
  }
}
