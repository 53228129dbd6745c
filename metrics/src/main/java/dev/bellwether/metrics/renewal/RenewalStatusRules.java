package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.renewal.RenewalFacts.NewerContract;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Derives a renewal's status from the CRM, in this order:
 *
 * <ol>
 *   <li>A closed status a person set by hand (Renewed, Downsold, Upsold, Churned) is kept: the
 *       CSM knows of a deal or a cancellation the CRM may never show. An open status set by
 *       hand does not stop the CRM from closing the renewal.
 *   <li>A won renewal opportunity closes it by its amount (ARR) against the prior ARR: more is
 *       Upsold, less Downsold, the same Renewed.
 *   <li>Otherwise newer contracts that start on the renewal date up to the day after the grace
 *       period ends close it the same way, by their summed ARR (a renewal contract usually
 *       starts the day after the inclusive end date; a late one restarts within the grace).
 *       Contracts with no ARR are not a renewal.
 *   <li>Otherwise a lost renewal opportunity is Churned.
 *   <li>Still open: an open opportunity means In progress; a date more than the grace period
 *       (default 30 days) past with nothing open is Churned, because the contract lapsed; a
 *       date passed within the grace is In progress (a late renewal); otherwise In progress
 *       when a person set it so, else Upcoming.
 * </ol>
 */
public record RenewalStatusRules(int lapseAfterDays) {

  /** Days after the renewal date before a renewal with nothing open is taken as churned. */
  public static final int DEFAULT_LAPSE_AFTER_DAYS = 30;

  public RenewalStatusRules {
    if (lapseAfterDays < 0) {
      throw new IllegalArgumentException(
          "renewal lapse grace must be 0 or more days, was " + lapseAfterDays);
    }
  }

  /** The rules with the default 30-day grace. */
  public static RenewalStatusRules defaults() {
    return new RenewalStatusRules(DEFAULT_LAPSE_AFTER_DAYS);
  }

  /** The status of the renewal on {@code today} (the org's calendar day). */
  public RenewalStatus derive(RenewalFacts facts, LocalDate today) {
    Optional<RenewalStatus> byHand = facts.setByHand();
    if (byHand.isPresent() && byHand.get().isClosed()) {
      return byHand.get();
    }
    Optional<RenewalStatus> closed = closedByCrm(facts);
    if (closed.isPresent()) {
      return closed.get();
    }
    long daysLeft = ChronoUnit.DAYS.between(today, facts.renewalDate());
    if (facts.opportunity() instanceof RenewalOpportunity.Open) {
      return RenewalStatus.IN_PROGRESS;
    }
    if (daysLeft < -lapseAfterDays) {
      return RenewalStatus.CHURNED;
    }
    boolean startedByHand = byHand.filter(s -> s == RenewalStatus.IN_PROGRESS).isPresent();
    return daysLeft < 0 || startedByHand ? RenewalStatus.IN_PROGRESS : RenewalStatus.UPCOMING;
  }

  private Optional<RenewalStatus> closedByCrm(RenewalFacts facts) {
    if (facts.opportunity() instanceof RenewalOpportunity.Won won) {
      return Optional.of(compare(won.renewedArr(), facts));
    }
    Optional<Money> successor = successorArr(facts);
    if (successor.isPresent()) {
      return Optional.of(compare(successor.get(), facts));
    }
    if (facts.opportunity() instanceof RenewalOpportunity.Lost) {
      return Optional.of(RenewalStatus.CHURNED);
    }
    return Optional.empty();
  }

  private Optional<Money> successorArr(RenewalFacts facts) {
    LocalDate first = facts.renewalDate();
    LocalDate last = facts.renewalDate().plusDays(1L + lapseAfterDays);
    Money sum = null;
    for (NewerContract c : facts.newerContracts()) {
      if (!c.startDate().isBefore(first) && !c.startDate().isAfter(last) && c.arr().isPositive()) {
        sum = sum == null ? c.arr() : sum.plus(sameCurrency(c.arr(), facts));
      }
    }
    return Optional.ofNullable(sum);
  }

  private static RenewalStatus compare(Money renewed, RenewalFacts facts) {
    int c = sameCurrency(renewed, facts).compareTo(facts.priorArr());
    return c > 0 ? RenewalStatus.UPSOLD : c < 0 ? RenewalStatus.DOWNSOLD : RenewalStatus.RENEWED;
  }

  private static Money sameCurrency(Money renewed, RenewalFacts facts) {
    if (!renewed.currency().equals(facts.priorArr().currency())) {
      throw new IllegalArgumentException("renewal " + facts.renewalId() + " compares its prior ARR "
          + facts.priorArr() + " with " + renewed + "; convert the renewal amounts to "
          + facts.priorArr().currency() + " first");
    }
    return renewed;
  }
}
