package dev.bellwether.metrics.adoption;

import java.time.Instant;
import java.util.Objects;

/** An onboarding milestone an account completed (kick-off held, data connected, ...). */
public record OnboardingMilestone(String accountId, String milestone, Instant completedAt) {

  public OnboardingMilestone {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(completedAt, "completedAt");
  }
}
