package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Onboarding completion rate (domain.md, "Value and adoption"): the share of new accounts that
 * completed every required milestone within the target days of becoming a customer (default 90).
 *
 * <p>Only accounts whose window has closed by the as-of date are judged: counting the early
 * finishers of an open window while leaving out the rest would flatter a young cohort.
 */
public final class OnboardingCompletion {

  /** The target domain.md sets as the default. */
  public static final int DEFAULT_TARGET_DAYS = 90;

  private final ZoneId zone;
  private final Set<String> requiredMilestones;
  private final int targetDays;

  public OnboardingCompletion(ZoneId zone, Set<String> requiredMilestones, int targetDays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.requiredMilestones = Set.copyOf(requiredMilestones);
    if (this.requiredMilestones.isEmpty()) {
      throw new IllegalArgumentException("onboarding needs at least one required milestone");
    }
    if (targetDays < 0) {
      throw new IllegalArgumentException("onboarding target days must not be negative, was " + targetDays);
    }
    this.targetDays = targetDays;
  }

  public int targetDays() {
    return targetDays;
  }

  /**
   * The accounts that became customers in {@code cohort}, judged as of {@code asOf}: a window is
   * closed once {@code asOf} is after the target day.
   */
  public OnboardingSummary of(
      Collection<AccountProfile> profiles,
      Collection<OnboardingMilestone> milestones,
      ReportingPeriod cohort,
      LocalDate asOf) {
    Map<String, Map<String, LocalDate>> firstCompletion = new HashMap<>();
    for (OnboardingMilestone m : milestones) {
      if (requiredMilestones.contains(m.milestone())) {
        firstCompletion
            .computeIfAbsent(m.accountId(), a -> new HashMap<>())
            .merge(m.milestone(), LocalDate.ofInstant(m.completedAt(), zone), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    int completed = 0, missed = 0, open = 0;
    for (AccountProfile profile : profiles) {
      if (profile.becameCustomerOn().filter(cohort::contains).isEmpty()) {
        continue;
      }
      LocalDate lastDay = profile.becameCustomerOn().get().plusDays(targetDays);
      if (!asOf.isAfter(lastDay)) {
        open++;
      } else if (completedBy(firstCompletion.getOrDefault(profile.accountId(), Map.of()), lastDay)) {
        completed++;
      } else {
        missed++;
      }
    }
    return new OnboardingSummary(completed, missed, open);
  }

  private boolean completedBy(Map<String, LocalDate> done, LocalDate lastDay) {
    for (String milestone : requiredMilestones) {
      LocalDate on = done.get(milestone);
      if (on == null || on.isAfter(lastDay)) {
        return false;
      }
    }
    return true;
  }
}
