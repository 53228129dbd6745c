package dev.bellwether.metrics.health;

import static dev.bellwether.metrics.health.MeasureKind.ACTIVE_USERS;
import static dev.bellwether.metrics.health.MeasureKind.AGED_CASES;
import static dev.bellwether.metrics.health.MeasureKind.CHAMPION_CHANGE;
import static dev.bellwether.metrics.health.MeasureKind.CSAT;
import static dev.bellwether.metrics.health.MeasureKind.ENGAGEMENT_RECENCY;
import static dev.bellwether.metrics.health.MeasureKind.FEATURE_ADOPTION;
import static dev.bellwether.metrics.health.MeasureKind.NPS;
import static dev.bellwether.metrics.health.MeasureKind.ONBOARDING;
import static dev.bellwether.metrics.health.MeasureKind.OVERDUE_INVOICES;
import static dev.bellwether.metrics.health.MeasureKind.SLA_BREACHES;
import static dev.bellwether.metrics.health.MeasureKind.TIME_TO_FIRST_VALUE;
import static dev.bellwether.metrics.health.MeasureKind.UNRESOLVED_CASES;
import static dev.bellwether.metrics.health.MeasureKind.USAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each measure's raw value on hand-computed signals, and when it has no data. */
class MeasureCalculatorTest {
  private static final Set<String> KEY = Set.of("dashboards", "reports", "integrations", "automations");

  private final MeasureCalculator calc = MeasureCalculator.withDefaults();

  @Test
  void anAccountWithoutSignalsHasNoMeasureNotZeros() {
    assertTrue(calc.calculate(AccountSignals.none("001", Signals.AS_OF)).asMap().isEmpty());
    assertTrue(calc.calculate(Signals.none().build()).asMap().isEmpty());
  }

  @Test
  void everyMeasureHasAStableUniqueKeyAndAKnownDirection() {
    assertEquals(13, MeasureKind.values().length);
    assertEquals(MeasureKind.values().length, new HashSet<>(MeasureKind.keys()).size());
    assertEquals(Optional.of(ENGAGEMENT_RECENCY), MeasureKind.fromKey("engagement_recency"));
    assertEquals(Optional.empty(), MeasureKind.fromKey("Engagement_Recency"));
    assertTrue(USAGE.higherIsBetter());
    assertFalse(AGED_CASES.higherIsBetter());
    assertEquals(MeasureUnit.DAYS, TIME_TO_FIRST_VALUE.unit());
    assertTrue(Arrays.stream(MeasureKind.values()).allMatch(k -> k.key().matches("[a-z]+(_[a-z]+)*")));
  }

  @Test
  void usageIsEventsOverTheExpectedMinimumInPercent() {
    // 150 events against an expected 200: 75%; 300 against 200 is 150% (above plan).
    assertRaw(75, USAGE, Signals.none().usage(150, 200));
    assertRaw(150, USAGE, Signals.none().usage(300, 200));
    assertRaw(0, USAGE, Signals.none().usage(0, 200));
    assertNoData(USAGE, Signals.none().usageEvents(150));
    assertNoData(USAGE, Signals.none().usage(150, 0));
  }

  @Test
  void featureAdoptionCountsOnlyKeyFeaturesAndNeedsUsageData() {
    // dashboards and reports of four key features (api is no key feature): 2 / 4 = 50%.
    assertRaw(50, FEATURE_ADOPTION, Signals.none().usageEvents(40)
        .features(Set.of("dashboards", "reports", "api"), KEY));
    assertRaw(0, FEATURE_ADOPTION, Signals.none().usageEvents(0).features(Set.of(), KEY));
    assertNoData(FEATURE_ADOPTION, Signals.none().usageEvents(40).features(Set.of("dashboards"), Set.of()));
    assertNoData(FEATURE_ADOPTION, Signals.none().features(Set.of(), KEY));
  }

  @Test
  void activeUsersAreDistinctUsersOverSeats() {
    // 12 of 40 seats: 30%; 50 users on 40 seats: 125%.
    assertRaw(30, ACTIVE_USERS, Signals.none().users(12, 40));
    assertRaw(125, ACTIVE_USERS, Signals.none().users(50, 40));
    assertNoData(ACTIVE_USERS, Signals.none().users(12, 0));
  }

  @Test
  void npsIsPromotersMinusDetractorsInPercentPoints() {
    // 10, 9 promote; 8, 7 are passive; 6 detracts: (2 − 1) / 5 = 20.
    assertRaw(20, NPS, Signals.none().nps(10, 9, 8, 7, 6));
    assertRaw(-100, NPS, Signals.none().nps(0, 3));
    assertNoData(NPS, Signals.none());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.calculate(Signals.none().nps(9, 11).build()));
    assertTrue(e.getMessage().contains("001000000000001AAA") && e.getMessage().contains("11"), e.getMessage());
  }

  @Test
  void csatIsTheShareOfFoursAndFives() {
    // 5, 4, 4 satisfied of 5, 4, 4, 3, 1: 60%.
    assertRaw(60, CSAT, Signals.none().csat(5, 4, 4, 3, 1));
    assertNoData(CSAT, Signals.none());
    assertThrows(IllegalArgumentException.class, () -> calc.calculate(Signals.none().csat(0).build()));
  }

  @Test
  void supportMeasuresReadTheCaseCounts() {
    // 8 opened, 2 still open: 25% unresolved; 3 aged; 1 breach.
    Signals s = Signals.none().support(8, 2, 3, 1);
    assertRaw(25, UNRESOLVED_CASES, s);
    assertRaw(3, AGED_CASES, s);
    assertRaw(1, SLA_BREACHES, s);
    // No case opened in the window: nothing to resolve, but aged and breached counts still speak.
    Signals quiet = Signals.none().support(0, 0, 0, 0);
    assertNoData(UNRESOLVED_CASES, quiet);
    assertRaw(0, AGED_CASES, quiet);
    assertRaw(0, SLA_BREACHES, quiet);
    assertNoData(AGED_CASES, Signals.none());
    assertThrows(IllegalArgumentException.class, () -> calc.calculate(Signals.none().support(2, 3, 0, 0).build()));
  }

  @Test
  void overdueInvoicesAreTheDaysPastDueOfTheOldest() {
    assertRaw(45, OVERDUE_INVOICES, Signals.none().invoices(6, 2, 45));
    assertRaw(0, OVERDUE_INVOICES, Signals.none().invoices(6, 0, null));
    assertNoData(OVERDUE_INVOICES, Signals.none().invoices(0, 0, null));
    assertNoData(OVERDUE_INVOICES, Signals.none());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.calculate(Signals.none().invoices(6, 2, null).build()));
    assertTrue(e.getMessage().contains("days past due"), e.getMessage());
  }

  @Test
  void engagementRecencyIsDaysSinceTheLastTaskAndAPlannedOneCountsAsToday() {
    assertRaw(12, ENGAGEMENT_RECENCY, Signals.none().engagedDaysAgo(12));
    assertRaw(0, ENGAGEMENT_RECENCY, Signals.none().engagedDaysAgo(-5));
    assertNoData(ENGAGEMENT_RECENCY, Signals.none());
  }

  @Test
  void championChangeIsTheShareOfChampionsWhoLeft() {
    // 1 of 4 left: 25%.
    assertRaw(25, CHAMPION_CHANGE, Signals.none().champions(4, 1));
    assertRaw(0, CHAMPION_CHANGE, Signals.none().champions(3, 0));
    assertNoData(CHAMPION_CHANGE, Signals.none().champions(0, 0));
    assertThrows(IllegalArgumentException.class, () -> calc.calculate(Signals.none().champions(2, 3).build()));
  }

  @Test
  void onboardingGivesFullCreditOnTimeAndPartialCreditLateOrInProgress() {
    // Target 90 days. Completed after 60 days: 100. After 120 days: 100 × 90 / 120 = 75.
    assertRaw(100, ONBOARDING, Signals.none().customer(200, 60, null));
    assertRaw(100, ONBOARDING, Signals.none().customer(200, 90, null));
    assertRaw(75, ONBOARDING, Signals.none().customer(200, 120, null));
    // In progress after 30 days: (90 − 30) / 90 = 66.67; on day 0: 100; from day 90 on: 0.
    assertRaw(100.0 * 60 / 90, ONBOARDING, Signals.none().customer(30, null, null));
    assertRaw(100, ONBOARDING, Signals.none().customer(0, null, null));
    assertRaw(0, ONBOARDING, Signals.none().customer(90, null, null));
    assertRaw(0, ONBOARDING, Signals.none().customer(400, null, null));
    // Completed 10 days after the day scored: not known then, so in progress at day 45 of 90: 50.
    assertRaw(50, ONBOARDING, Signals.none().customer(45, 55, null));
    // A 30-day target: in progress after 30 days is 0; done after 40 days is 75.
    MeasureCalculator strict = new MeasureCalculator(30);
    assertEquals(OptionalDouble.of(0), strict.onboarding(Signals.none().customer(30, null, null).build()));
    assertEquals(OptionalDouble.of(75), strict.onboarding(Signals.none().customer(300, 40, null).build()));
    assertNoData(ONBOARDING, Signals.none());
    assertNoData(ONBOARDING, Signals.none().customer(-3, null, null));
    assertThrows(IllegalArgumentException.class, () -> new MeasureCalculator(0));
  }

  @Test
  void timeToFirstValueCountsDaysToTheValueEventOrSoFar() {
    assertRaw(21, TIME_TO_FIRST_VALUE, Signals.none().customer(300, null, 21));
    // None yet after 40 days: 40 so far, and it keeps growing.
    assertRaw(40, TIME_TO_FIRST_VALUE, Signals.none().customer(40, null, null));
    // A value event dated after the day scored is not known yet.
    assertRaw(40, TIME_TO_FIRST_VALUE, Signals.none().customer(40, null, 50));
    assertNoData(TIME_TO_FIRST_VALUE, Signals.none().customer(-1, null, null));
    assertNoData(TIME_TO_FIRST_VALUE, Signals.none());
  }

  @Test
  void calculateCollectsOnlyTheMeasuresWithData() {
    RawMeasures raw = calc.calculate(Signals.none().nps(9, 10).engagedDaysAgo(3).support(0, 0, 1, 0).build());
    assertEquals(List.of(NPS, AGED_CASES, SLA_BREACHES, ENGAGEMENT_RECENCY), List.copyOf(raw.asMap().keySet()));
    assertEquals(OptionalDouble.of(100), raw.get(NPS));
    assertEquals(OptionalDouble.empty(), raw.get(USAGE));
  }

  private void assertRaw(double expected, MeasureKind kind, Signals signals) {
    OptionalDouble raw = calc.calculate(signals.build()).get(kind);
    assertTrue(raw.isPresent(), kind + " has data");
    assertEquals(expected, raw.getAsDouble(), 1e-9, kind.key());
  }

  private void assertNoData(MeasureKind kind, Signals signals) {
    assertEquals(OptionalDouble.empty(), calc.calculate(signals.build()).get(kind), kind.key());
  }
}
