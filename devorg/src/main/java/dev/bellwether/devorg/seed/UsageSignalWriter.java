package dev.bellwether.devorg.seed;

import static java.time.temporal.ChronoUnit.DAYS;

import dev.bellwether.devorg.seed.RandomStreams.Purpose;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@value #FILE_NAME}: per account, its onboarding milestones, then weekly usage rollups
 * per feature for the last {@value #WEEKS} complete weeks (Monday to Sunday).
 *
 * <p>Only weeks the account held a contract are written, and only features it used that week, so
 * accounts that churned long ago add nothing and the file stays small. Falling health lowers
 * active users, events per user and the number of features in use, gradually.
 */
final class UsageSignalWriter {
  static final String FILE_NAME = "usage.ndjson";
  static final int WEEKS = 52;
  /** Product events that mark progress; {@code first_report_shared} is the value event. */
  static final String VALUE_EVENT = "first_report_shared";

  private final LocalDate today;
  private final RandomStreams streams;

  UsageSignalWriter(LocalDate today, RandomStreams streams) {
    this.today = today;
    this.streams = streams;
  }

  Path write(BookOfBusiness book, SeededIds ids, Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(1);
    LocalDate firstWeek = lastWeek.minusWeeks(WEEKS - 1);
    try (NdjsonWriter out = new NdjsonWriter(file)) {
      for (AccountPlan plan : book.accounts()) {
        if (!plan.history().customer()) {
          continue;
        }
        int index = plan.profile().index();
        Dice dice = streams.dice(Purpose.USAGE, index);
        String accountId = ids.accountIds().get(index);
        milestones(out, plan, accountId, dice);
        for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
          week(out, plan, accountId, week, dice);
        }
      }
    }
    return file;
  }

  private void milestones(NdjsonWriter out, AccountPlan plan, String accountId, Dice dice)
      throws IOException {
    LocalDate since = plan.history().customerSince();
    LocalDate until = plan.history().activeUntil(today);
    Adoption adoption = plan.adoption();
    List<Milestone> milestones = new ArrayList<>();
    milestones.add(new Milestone("first_login", since.plusDays(dice.between(0, 3))));
    milestones.add(new Milestone("kickoff_completed", since.plusDays(dice.between(2, 10))));
    feature(milestones, "first_dashboard_created", since, adoption, UsageFeature.DASHBOARDS, 0);
    feature(milestones, "integration_connected", since, adoption, UsageFeature.INTEGRATIONS, 0);
    feature(milestones, VALUE_EVENT, since, adoption, UsageFeature.REPORTS, dice.between(0, 5));
    feature(milestones, "first_automation_enabled", since, adoption, UsageFeature.AUTOMATIONS, 0);
    if (adoption.onboardingDays() >= 0) {
      milestones.add(
          new Milestone("onboarding_completed", since.plusDays(adoption.onboardingDays())));
    }
    milestones.sort(Comparator.comparing(Milestone::day));
    for (Milestone m : milestones) {
      if (m.day().isBefore(until)) {
        Instant at = m.day().atStartOfDay(ZoneOffset.UTC).toInstant()
            .plusSeconds(dice.between(7 * 3600, 19 * 3600));
        out.begin().field("type", "milestone").field("account_id", accountId)
            .field("event", m.event()).field("occurred_at", at.toString()).end();
      }
    }
  }

  private static void feature(List<Milestone> milestones, String event, LocalDate since,
      Adoption adoption, UsageFeature feature, int extraDays) {
    if (adoption.uses(feature)) {
      milestones.add(new Milestone(event, since.plusDays(adoption.firstUse(feature) + extraDays)));
    }
  }

  private void week(NdjsonWriter out, AccountPlan plan, String accountId, LocalDate week,
      Dice dice) throws IOException {
    AccountHistory history = plan.history();
    double acv = history.acvOn(week);
    if (acv <= 0) {
      return;
    }
    Segment segment = plan.profile().segment();
    Adoption adoption = plan.adoption();
    int seats = segment.seatsFor(acv);
    long daysIn = DAYS.between(history.customerSince(), week);
    double health = clamp(plan.health().at(week.plusDays(3)) + 0.03 * dice.gaussian(), 0.02, 1);
    double ramp = clamp(daysIn / (double) adoption.rampDays(), 0.15, 1);
    double season = holidayFactor(week);
    for (UsageFeature feature : UsageFeature.values()) {
      int firstUse = adoption.firstUse(feature);
      if (firstUse < 0 || daysIn < firstUse) {
        continue;
      }
      // Secondary features are abandoned first, and gradually: below 0.45 health each week
      // becomes more likely to show no use at all.
      if (feature != UsageFeature.DASHBOARDS && dice.chance((0.45 - health) / 0.3)) {
        continue;
      }
      long active = Math.round(seats * feature.reach * (0.25 + 0.85 * health) * ramp
          * dice.between(0.9, 1.1));
      if (active < 1) {
        continue;
      }
      active = Math.min(active, seats);
      long events = Math.round(active * feature.eventsPerUser * adoption.engagement()
          * (0.4 + 0.8 * health) * season * dice.between(0.85, 1.15));
      out.begin().field("type", "weekly").field("account_id", accountId)
          .field("week_start", week.toString()).field("feature", feature.key)
          .field("active_users", active).field("events", Math.max(events, active))
          .field("licensed_seats", seats).end();
    }
  }

  /** The week around Christmas and New Year is quiet in every market the book covers. */
  private static double holidayFactor(LocalDate week) {
    for (int d = 0; d < 5; d++) {
      LocalDate day = week.plusDays(d);
      if ((day.getMonthValue() == 12 && day.getDayOfMonth() >= 24)
          || (day.getMonthValue() == 1 && day.getDayOfMonth() == 1)) {
        return 0.55;
      }
    }
    return 1.0;
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  private record Milestone(String event, LocalDate day) {}
}
