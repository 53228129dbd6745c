package dev.bellwether.store.signals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The onboarding milestones one account reached before a day, each with the first day it was seen.
 *
 * @param accountId the CRM account
 * @param firstDays milestone event to its first day, in event name order
 */
public record AccountMilestones(String accountId, Map<String, LocalDate> firstDays) {

  public AccountMilestones {
    firstDays = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(firstDays));
  }

  /** The first day the account reached a milestone, if it did. */
  public Optional<LocalDate> firstDay(String event) {
    return Optional.ofNullable(firstDays.get(event));
  }
}
