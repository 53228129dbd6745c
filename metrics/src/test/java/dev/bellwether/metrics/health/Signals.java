package dev.bellwether.metrics.health;

import dev.bellwether.metrics.health.AccountSignals.Champions;
import dev.bellwether.metrics.health.AccountSignals.Invoices;
import dev.bellwether.metrics.health.AccountSignals.Onboarding;
import dev.bellwether.metrics.health.AccountSignals.Support;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Builds {@link AccountSignals} for tests: starts with no data at all, each call adds one signal. */
final class Signals {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  private OptionalLong usageEvents = OptionalLong.empty();
  private OptionalDouble expectedUsage = OptionalDouble.empty();
  private Set<String> featuresUsed = Set.of();
  private Set<String> keyFeatures = Set.of();
  private OptionalLong activeUsers = OptionalLong.empty();
  private OptionalLong licensedSeats = OptionalLong.empty();
  private List<Integer> nps = List.of();
  private List<Integer> csat = List.of();
  private Optional<Support> support = Optional.empty();
  private Optional<Invoices> invoices = Optional.empty();
  private Optional<LocalDate> lastEngagement = Optional.empty();
  private Optional<Champions> champions = Optional.empty();
  private Optional<Onboarding> onboarding = Optional.empty();

  static Signals none() {
    return new Signals();
  }

  Signals usage(long events, double expected) {
    usageEvents = OptionalLong.of(events);
    expectedUsage = OptionalDouble.of(expected);
    return this;
  }

  Signals usageEvents(long events) {
    usageEvents = OptionalLong.of(events);
    return this;
  }

  Signals features(Set<String> used, Set<String> key) {
    featuresUsed = used;
    keyFeatures = key;
    return this;
  }

  Signals users(long active, long seats) {
    activeUsers = OptionalLong.of(active);
    licensedSeats = OptionalLong.of(seats);
    return this;
  }

  Signals nps(Integer... scores) {
    nps = List.of(scores);
    return this;
  }

  Signals csat(Integer... scores) {
    csat = List.of(scores);
    return this;
  }

  Signals support(int opened, int stillOpen, int aged, int breaches) {
    support = Optional.of(new Support(opened, stillOpen, aged, breaches));
    return this;
  }

  Signals invoices(int known, int overdue, Integer oldestDays) {
    invoices = Optional.of(new Invoices(known, overdue, oldestDays == null ? OptionalInt.empty()
        : OptionalInt.of(oldestDays)));
    return this;
  }

  Signals engagedDaysAgo(int days) {
    lastEngagement = Optional.of(AS_OF.minusDays(days));
    return this;
  }

  Signals champions(int known, int left) {
    champions = Optional.of(new Champions(known, left));
    return this;
  }

  /** A customer since {@code daysAgo}, onboarded and at first value on the given days (null: not yet). */
  Signals customer(int daysAgo, Integer completedAfterDays, Integer firstValueAfterDays) {
    LocalDate since = AS_OF.minusDays(daysAgo);
    onboarding = Optional.of(new Onboarding(since,
        Optional.ofNullable(completedAfterDays).map(since::plusDays),
        Optional.ofNullable(firstValueAfterDays).map(since::plusDays)));
    return this;
  }

  AccountSignals build() {
    return new AccountSignals("001000000000001AAA", AS_OF, usageEvents, expectedUsage, featuresUsed, keyFeatures,
        activeUsers, licensedSeats, nps, csat, support, invoices, lastEngagement, champions, onboarding);
  }
}
