package dev.bellwether.metrics.adoption;

import static dev.bellwether.metrics.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class OnboardingCompletionTest {

  private static final ZoneId ORG = Fixtures.ORG_ZONE;
  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2025, 1);
  private final OnboardingCompletion onboarding =
      new OnboardingCompletion(ORG, Set.of("kickoff", "data_connected"), OnboardingCompletion.DEFAULT_TARGET_DAYS);

  private final List<AccountProfile> profiles =
      List.of(
          profile("A", "2025-01-10"),
          profile("B", "2025-02-01"),
          profile("C", "2025-03-01"),
          profile("D", "2025-03-20"),
          profile("E", "2024-12-31"),
          profile("F", "2025-02-15"));

  private final List<OnboardingMilestone> milestones =
      List.of(
          done("A", "kickoff", "2025-01-15T09:00"),
          done("A", "data_connected", "2025-03-20T09:00"), // deadline 10 April
          done("B", "kickoff", "2025-02-02T09:00"),
          done("B", "data_connected", "2025-05-10T09:00"), // deadline 2 May: missed
          done("C", "kickoff", "2025-03-02T09:00"), // never connected: missed
          done("D", "kickoff", "2025-03-21T09:00"),
          done("D", "data_connected", "2025-03-22T09:00"), // done, but its window is still open
          done("E", "kickoff", "2025-01-01T09:00"),
          done("F", "kickoff", "2025-02-16T09:00"),
          // Deadline 16 May; 23:30 local that day is 17 May in UTC, still in time.
          done("F", "data_connected", "2025-05-16T23:30"),
          done("F", "training", "2025-09-01T09:00")); // not a required milestone

  @Test
  void shareOfNewAccountsThatCompletedWithinTheTarget() {
    OnboardingSummary summary = onboarding.of(profiles, milestones, Q1, date("2025-06-15"));
    assertEquals(2, summary.completedInTime()); // A, F
    assertEquals(2, summary.missed()); // B, C
    assertEquals(1, summary.windowOpen()); // D (judged after 18 June)
    assertTrue(summary.rate().value().isEqualTo(2, 4));

    OnboardingSummary later = onboarding.of(profiles, milestones, Q1, date("2025-06-19"));
    assertTrue(later.rate().value().isEqualTo(3, 5));
  }

  @Test
  void aCohortStillOnboardingHasNoRateYetAndSaysWhy() {
    OnboardingSummary early = onboarding.of(profiles, milestones, Q1, date("2025-03-31"));
    assertFalse(early.rate().isDefined());
    assertEquals("the onboarding window of all 5 new accounts is still open", early.rate().reason().orElseThrow());
    assertEquals("no new account in the cohort", onboarding.of(profiles, milestones, ReportingPeriod.year(2019), date("2025-06-15")).rate().reason().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> new OnboardingCompletion(ORG, Set.of(), 90));
  }

  @Property(tries = 200)
  void rateIsAShareAndALongerTargetNeverLowersIt(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 89) Integer> startDays,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 200) Integer> doneAfter,
      @ForAll @IntRange(min = 0, max = 120) int target,
      @ForAll @IntRange(min = 0, max = 120) int extra) {
    List<AccountProfile> cohort = new ArrayList<>();
    List<OnboardingMilestone> done = new ArrayList<>();
    for (int i = 0; i < startDays.size(); i++) {
      LocalDate since = Q1.firstDay().plusDays(startDays.get(i));
      cohort.add(AccountProfile.customer("A" + i, "SMB", "ann", since));
      if (i < doneAfter.size()) {
        done.add(done("A" + i, "kickoff", since.plusDays(doneAfter.get(i) / 2).atTime(10, 0).toString()));
        done.add(done("A" + i, "data_connected", since.plusDays(doneAfter.get(i)).atTime(10, 0).toString()));
      }
    }
    LocalDate farFuture = date("2030-01-01");
    OnboardingSummary strict = new OnboardingCompletion(ORG, Set.of("kickoff", "data_connected"), target).of(cohort, done, Q1, farFuture);
    OnboardingSummary lenient = new OnboardingCompletion(ORG, Set.of("kickoff", "data_connected"), target + extra).of(cohort, done, Q1, farFuture);
    assertEquals(cohort.size(), strict.completedInTime() + strict.missed() + strict.windowOpen());
    assertTrue(lenient.completedInTime() >= strict.completedInTime());
    if (strict.rate().isDefined()) {
      Ratio r = strict.rate().value();
      assertTrue(r.numerator().signum() >= 0 && r.numerator().compareTo(r.denominator()) <= 0);
    }
  }

  private static AccountProfile profile(String id, String since) {
    return AccountProfile.customer(id, "SMB", "ann", date(since));
  }

  private static OnboardingMilestone done(String account, String milestone, String localDateTime) {
    return new OnboardingMilestone(account, milestone, LocalDateTime.parse(localDateTime).atZone(ORG).toInstant());
  }
}
