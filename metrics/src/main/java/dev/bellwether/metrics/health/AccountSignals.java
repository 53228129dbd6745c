package dev.bellwether.metrics.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Everything the health measures read about one account on one day, as plain values the store
 * side has already grouped (SQL does the heavy counting). An empty optional or empty list means
 * "no data", which leaves the measure out of the score; a zero is a measurement.
 *
 * @param accountId the CRM id of the account
 * @param asOf the day scored (the org's time zone)
 * @param usageEvents product usage events in the usage window; empty when no usage arrived at all
 * @param expectedUsage the plan's expected minimum usage for the same window; empty when unknown
 * @param featuresUsed features used at least once in the usage window
 * @param keyFeatures the org's key features; empty when none are configured
 * @param activeUsers distinct active users in the usage window; empty when unknown
 * @param licensedSeats seats the account pays for; empty when unknown
 * @param npsScores NPS answers (0–10) in the survey window
 * @param csatScores CSAT answers (1–5) in the survey window
 * @param support case counts; empty when the CRM has no case data for the account
 * @param invoices invoice counts; empty when no invoice ever arrived for the account
 * @param lastEngagement the latest day of a Task with the account or one of its contacts
 * @param champions champion and sponsor contacts; empty when none were ever known
 * @param onboarding onboarding progress; empty for accounts that never became customers
 */
public record AccountSignals(
    String accountId,
    LocalDate asOf,
    OptionalLong usageEvents,
    OptionalDouble expectedUsage,
    Set<String> featuresUsed,
    Set<String> keyFeatures,
    OptionalLong activeUsers,
    OptionalLong licensedSeats,
    List<Integer> npsScores,
    List<Integer> csatScores,
    Optional<Support> support,
    Optional<Invoices> invoices,
    Optional<LocalDate> lastEngagement,
    Optional<Champions> champions,
    Optional<Onboarding> onboarding) {

  public AccountSignals {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(asOf, "asOf");
    featuresUsed = Set.copyOf(featuresUsed);
    keyFeatures = Set.copyOf(keyFeatures);
    npsScores = List.copyOf(npsScores);
    csatScores = List.copyOf(csatScores);
    Objects.requireNonNull(usageEvents, "usageEvents");
    Objects.requireNonNull(expectedUsage, "expectedUsage");
    Objects.requireNonNull(activeUsers, "activeUsers");
    Objects.requireNonNull(licensedSeats, "licensedSeats");
    Objects.requireNonNull(support, "support");
    Objects.requireNonNull(invoices, "invoices");
    Objects.requireNonNull(lastEngagement, "lastEngagement");
    Objects.requireNonNull(champions, "champions");
    Objects.requireNonNull(onboarding, "onboarding");
  }

  /** An account with no data at all on {@code asOf}. */
  public static AccountSignals none(String accountId, LocalDate asOf) {
    return new AccountSignals(accountId, asOf, OptionalLong.empty(), OptionalDouble.empty(), Set.of(),
        Set.of(), OptionalLong.empty(), OptionalLong.empty(), List.of(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Case counts of an account.
   *
   * @param openedInWindow cases opened in the support window
   * @param openedInWindowStillOpen of those, the ones still open
   * @param agedOpen open cases older than the aged-case threshold (default 14 days)
   * @param slaBreaches cases in the window whose first response or resolution exceeded the
   *     priority's target
   */
  public record Support(int openedInWindow, int openedInWindowStillOpen, int agedOpen, int slaBreaches) {}

  /**
   * Invoice counts of an account.
   *
   * @param known invoices known for the account (any state)
   * @param overdue invoices past due and unpaid on the day scored
   * @param oldestOverdueDays days past due of the oldest overdue invoice; empty when none is overdue
   */
  public record Invoices(int known, int overdue, OptionalInt oldestOverdueDays) {}

  /**
   * Champion and sponsor contacts of an account.
   *
   * @param known champions known at the start of the window
   * @param left of those, the ones who left (deleted, or moved to another account) in the window
   */
  public record Champions(int known, int left) {}

  /**
   * Onboarding progress of a customer.
   *
   * @param customerSince the start of its first contract
   * @param completedOn the day the last onboarding milestone was reached; empty while incomplete
   * @param firstValueOn the day of its first value event; empty while none happened
   */
  public record Onboarding(LocalDate customerSince, Optional<LocalDate> completedOn,
      Optional<LocalDate> firstValueOn) {}
}
