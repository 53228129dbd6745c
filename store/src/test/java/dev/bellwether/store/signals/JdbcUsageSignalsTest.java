package dev.bellwether.store.signals;

import static dev.bellwether.store.signals.SignalRows.count;
import static dev.bellwether.store.signals.SignalRows.day;
import static dev.bellwether.store.signals.SignalRows.event;
import static dev.bellwether.store.signals.SignalRows.milestone;
import static dev.bellwether.store.signals.SignalRows.weekly;
import static dev.bellwether.store.signals.SignalRows.writeUsage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcUsageSignalsTest {

  private static final String ORG = "00Dorg1";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void idsAlreadyStoredAreCountedAsDuplicatesAndNotStoredAgain(TestDatabase db) throws Exception {
    Store store = db.store();
    assertEquals(new WriteCounts(3, 0, 0), writeUsage(store, ORG, List.of(
        event("e1", "A", "reports", "u1", "2024-03-01", 1),
        event("e2", "A", "reports", "u1", "2024-03-02", 1),
        event("e3", "A", "reports", "u1", "2024-03-03", 1))));

    // e1 and e3 again, e4 new, and e4 repeated inside the batch.
    WriteCounts again = writeUsage(store, ORG, List.of(
        event("e1", "A", "reports", "u1", "2024-03-01", 1),
        event("e4", "A", "reports", "u1", "2024-03-04", 1),
        event("e3", "A", "reports", "u1", "2024-03-03", 1),
        event("e4", "A", "reports", "u1", "2024-03-04", 1)));

    assertEquals(new WriteCounts(1, 0, 3), again);
    assertEquals(4, count(store, "signal_usage", ORG));
    // The same id in another org is another row.
    assertEquals(new WriteCounts(1, 0, 0),
        writeUsage(store, "00Dorg2", List.of(event("e1", "A", "reports", "u1", "2024-03-01", 1))));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void usageByAccountSumsEventsAndRollupsOfTheWindowOnly(TestDatabase db) throws Exception {
    Store store = db.store();
    writeUsage(store, ORG, List.of(
        event("a0", "A", "reports", "u1", "2024-02-29", 5),        // before the window
        event("a1", "A", "reports", "u1", "2024-03-01", 2),        // first day: in
        event("a2", "A", "dashboards", "u2", "2024-03-15", 1),
        event("a3", "A", "reports", "u1", "2024-03-30", 3),        // last day: in
        event("a4", "A", "exports", "u9", "2024-03-31", 7),        // asOf itself: out
        weekly("w1", "A", "dashboards", "2024-03-04", 40, 7, 10),
        weekly("w2", "A", "exports", "2024-03-11", 10, 5, 12),
        milestone("m1", "A", "first_login", "2024-03-02"),         // not usage
        event("b0", "B", "reports", "u1", "2024-01-05", 1),        // B: nothing in the window
        event("c1", "C", "reports", "u7", "2024-03-20", 1)));
    writeUsage(store, "00Dother", List.of(event("x1", "A", "other", "u5", "2024-03-10", 100)));

    Map<String, UsageAggregate> byAccount = new HashMap<>();
    store.signals().usage().usageByAccount(ORG, DateWindow.before(day("2024-03-31"), 30),
        u -> byAccount.put(u.accountId(), u));

    // A: 2 + 1 + 3 + 40 + 10 = 56 events; reports, dashboards, exports; u1 and u2; rollups' max 7 and 12.
    assertEquals(Map.of(
        "A", new UsageAggregate("A", 56, 3, 7, 2, 12),
        "C", new UsageAggregate("C", 1, 1, null, 1, null)), byAccount);
    assertEquals(7, byAccount.get("A").activeUsers());
    assertEquals(1, byAccount.get("C").activeUsers());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void usageAndFeaturesByAccountNamesTheFeaturesOfTheSamePass(TestDatabase db) throws Exception {
    Store store = db.store();
    writeUsage(store, ORG, List.of(
        event("a0", "A", "old-feature", "u1", "2024-02-29", 5),    // before the window
        event("a1", "A", "reports", "u1", "2024-03-01", 2),
        event("a2", "A", "dashboards", "u2", "2024-03-15", 1),
        event("a3", "A", "reports", "u1", "2024-03-30", 3),
        weekly("w1", "A", "exports", "2024-03-04", 40, 7, 10),
        milestone("m1", "A", "first_login", "2024-03-02"),         // a milestone is no feature
        event("c1", "C", "reports", "u7", "2024-03-20", 1)));

    Map<String, FeatureUsage> byAccount = new HashMap<>();
    store.signals().usage().usageAndFeaturesByAccount(ORG, DateWindow.before(day("2024-03-31"), 30),
        u -> byAccount.put(u.usage().accountId(), u));

    assertEquals(Map.of(
        "A", new FeatureUsage(new UsageAggregate("A", 46, 3, 7, 2, 10), Set.of("reports", "dashboards", "exports")),
        "C", new FeatureUsage(new UsageAggregate("C", 1, 1, null, 1, null), Set.of("reports"))), byAccount);
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void usageSeriesReportsEachPeriodOfAHistoricalDay(TestDatabase db) throws Exception {
    Store store = db.store();
    writeUsage(store, ORG, List.of(
        event("a1", "A", "reports", "u1", "2023-01-05", 2),
        event("a2", "A", "reports", "u2", "2023-01-25", 1),
        event("a3", "A", "dashboards", "u1", "2023-02-10", 4),
        event("a4", "A", "dashboards", "u1", "2023-03-02", 9),     // after the last period
        event("b1", "B", "reports", "u3", "2023-02-01", 1)));
    // The two 30-day windows before 2023-03-02, listed newest first.
    LocalDate asOf = day("2023-03-02");
    List<DateWindow> periods = List.of(DateWindow.before(asOf, 30), DateWindow.before(asOf.minusDays(30), 30));

    List<UsagePeriod> series = new ArrayList<>();
    store.signals().usage().usageSeries(ORG, periods, series::add);

    // Period 0 = [2023-01-31, 2023-03-02), period 1 = [2023-01-01, 2023-01-31); period by period.
    assertEquals(Set.of(
        new UsagePeriod(0, periods.get(0), new UsageAggregate("A", 4, 1, null, 1, null)),
        new UsagePeriod(0, periods.get(0), new UsageAggregate("B", 1, 1, null, 1, null))),
        Set.copyOf(series.subList(0, 2)));
    assertEquals(List.of(new UsagePeriod(1, periods.get(1), new UsageAggregate("A", 3, 1, null, 2, null))),
        series.subList(2, 3));
    assertEquals(3, series.size());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void overlappingPeriodsAreRefused(TestDatabase db) {
    Store store = db.store();
    List<DateWindow> periods = List.of(DateWindow.before(day("2024-03-01"), 30),
        DateWindow.before(day("2024-02-20"), 30));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.signals().usage().usageSeries(ORG, periods, p -> { }));
    assertEquals("usage series periods overlap: [2024-01-31, 2024-03-01) and [2024-01-21, 2024-02-20)",
        e.getMessage());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void milestonesKeepTheirFirstDayBeforeTheScoringDay(TestDatabase db) throws Exception {
    Store store = db.store();
    writeUsage(store, ORG, List.of(
        milestone("m1", "A", "first_login", "2024-02-03"),
        milestone("m2", "A", "first_login", "2024-02-01"),
        milestone("m3", "A", "first_report_shared", "2024-02-20"),
        milestone("m4", "A", "onboarding_completed", "2024-03-31"),  // on the scoring day: not yet
        milestone("m5", "B", "first_login", "2024-01-10"),
        event("e1", "C", "reports", "u1", "2024-01-10", 1)));

    Map<String, AccountMilestones> byAccount = new HashMap<>();
    store.signals().usage().milestonesByAccount(ORG, day("2024-03-31"), m -> byAccount.put(m.accountId(), m));

    assertEquals(Map.of(
        "A", new AccountMilestones("A", Map.of("first_login", day("2024-02-01"),
            "first_report_shared", day("2024-02-20"))),
        "B", new AccountMilestones("B", Map.of("first_login", day("2024-01-10")))), byAccount);
    assertEquals(day("2024-02-20"), byAccount.get("A").firstDay("first_report_shared").orElseThrow());
  }
}
