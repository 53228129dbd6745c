package dev.bellwether.metrics.health;

import dev.bellwether.metrics.health.AccountSignals.Champions;
import dev.bellwether.metrics.health.AccountSignals.Invoices;
import dev.bellwether.metrics.health.AccountSignals.Onboarding;
import dev.bellwether.metrics.health.AccountSignals.Support;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Turns an account's {@link AccountSignals} into the raw value of every measure that has data.
 * Each measure's method says what it computes and when it has no data; no data is an empty
 * optional, never 0, so the measure is left out of the score instead of dragging it down.
 * Signals that contradict themselves (an NPS answer of 11, more cases still open than opened) are
 * refused with the account's id.
 */
public final class MeasureCalculator {

  /** Onboarding's target days when the org sets none (domain.md, "Value and adoption"). */
  public static final int DEFAULT_ONBOARDING_TARGET_DAYS = 90;

  private final int onboardingTargetDays;

  /**
   * A calculator for an org's settings.
   *
   * @param onboardingTargetDays the days from the first contract's start within which onboarding
   *     should be complete; at least 1
   */
  public MeasureCalculator(int onboardingTargetDays) {
    if (onboardingTargetDays < 1) {
      throw new IllegalArgumentException("onboarding target days must be at least 1, was " + onboardingTargetDays);
    }
    this.onboardingTargetDays = onboardingTargetDays;
  }

  /** A calculator with the default onboarding target of {@value #DEFAULT_ONBOARDING_TARGET_DAYS} days. */
  public static MeasureCalculator withDefaults() {
    return new MeasureCalculator(DEFAULT_ONBOARDING_TARGET_DAYS);
  }

  public int onboardingTargetDays() {
    return onboardingTargetDays;
  }

  /** The raw value of every measure with data. */
  public RawMeasures calculate(AccountSignals s) {
    EnumMap<MeasureKind, Double> raw = new EnumMap<>(MeasureKind.class);
    for (MeasureKind kind : MeasureKind.values()) {
      OptionalDouble value = calculate(kind, s);
      if (value.isPresent()) {
        raw.put(kind, value.getAsDouble());
      }
    }
    return RawMeasures.of(raw);
  }

  /** The raw value of one measure, or empty when it has no data. */
  public OptionalDouble calculate(MeasureKind kind, AccountSignals s) {
    return switch (kind) {
      case USAGE -> usage(s);
      case FEATURE_ADOPTION -> featureAdoption(s);
      case ACTIVE_USERS -> activeUsers(s);
      case NPS -> nps(s);
      case CSAT -> csat(s);
      case UNRESOLVED_CASES -> unresolvedCases(s);
      case AGED_CASES -> agedCases(s);
      case SLA_BREACHES -> slaBreaches(s);
      case OVERDUE_INVOICES -> overdueInvoices(s);
      case ENGAGEMENT_RECENCY -> engagementRecency(s);
      case CHAMPION_CHANGE -> championChange(s);
      case ONBOARDING -> onboarding(s);
      case TIME_TO_FIRST_VALUE -> timeToFirstValue(s);
    };
  }

  /**
   * Usage vs expected: 100 × usage events in the window ÷ the plan's expected minimum for the same
   * window; above 100 when the account uses more than expected. No data when no usage arrived at
   * all, or the expected minimum is unknown or not positive.
   */
  public OptionalDouble usage(AccountSignals s) {
    if (s.usageEvents().isEmpty() || s.expectedUsage().isEmpty() || s.expectedUsage().getAsDouble() <= 0) {
      return OptionalDouble.empty();
    }
    long events = s.usageEvents().getAsLong();
    require(events >= 0, s, "usage events must not be negative, was " + events);
    return OptionalDouble.of(100.0 * events / s.expectedUsage().getAsDouble());
  }

  /**
   * Feature adoption: 100 × key features used at least once in the window ÷ key features
   * (features that are not key features do not count). No data when the org has configured no key
   * features, or when no usage arrived for the account at all (then an empty feature list says
   * nothing about adoption).
   */
  public OptionalDouble featureAdoption(AccountSignals s) {
    if (s.keyFeatures().isEmpty() || s.usageEvents().isEmpty()) {
      return OptionalDouble.empty();
    }
    long used = s.keyFeatures().stream().filter(s.featuresUsed()::contains).count();
    return OptionalDouble.of(100.0 * used / s.keyFeatures().size());
  }

  /**
   * Active-user ratio: 100 × distinct active users in the window ÷ licensed seats; above 100 when
   * more people use it than pay for it. No data when either count is unknown or the account has
   * no seats.
   */
  public OptionalDouble activeUsers(AccountSignals s) {
    if (s.activeUsers().isEmpty() || s.licensedSeats().isEmpty() || s.licensedSeats().getAsLong() <= 0) {
      return OptionalDouble.empty();
    }
    long active = s.activeUsers().getAsLong();
    require(active >= 0, s, "active users must not be negative, was " + active);
    return OptionalDouble.of(100.0 * active / s.licensedSeats().getAsLong());
  }

  /**
   * NPS of the answers in the survey window: % promoters (9–10) − % detractors (0–6), −100 to
   * 100. No data without an answer.
   */
  public OptionalDouble nps(AccountSignals s) {
    List<Integer> scores = s.npsScores();
    if (scores.isEmpty()) {
      return OptionalDouble.empty();
    }
    int net = 0;
    for (int score : scores) {
      require(score >= 0 && score <= 10, s, "an NPS answer must be 0–10, was " + score);
      net += score >= 9 ? 1 : score <= 6 ? -1 : 0;
    }
    return OptionalDouble.of(100.0 * net / scores.size());
  }

  /** CSAT: 100 × answers of 4 or 5 ÷ answers (1–5) in the survey window. No data without an answer. */
  public OptionalDouble csat(AccountSignals s) {
    List<Integer> scores = s.csatScores();
    if (scores.isEmpty()) {
      return OptionalDouble.empty();
    }
    int satisfied = 0;
    for (int score : scores) {
      require(score >= 1 && score <= 5, s, "a CSAT answer must be 1–5, was " + score);
      satisfied += score >= 4 ? 1 : 0;
    }
    return OptionalDouble.of(100.0 * satisfied / scores.size());
  }

  /**
   * Unresolved ratio: 100 × cases opened in the window that are still open ÷ cases opened in it.
   * No data without case data, or when no case was opened in the window (nothing to resolve).
   */
  public OptionalDouble unresolvedCases(AccountSignals s) {
    if (s.support().isEmpty()) {
      return OptionalDouble.empty();
    }
    Support c = checked(s);
    return c.openedInWindow() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * c.openedInWindowStillOpen() / c.openedInWindow());
  }

  /** Aged cases: open cases older than the aged-case threshold. No data without case data. */
  public OptionalDouble agedCases(AccountSignals s) {
    return s.support().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(checked(s).agedOpen());
  }

  /** SLA breaches: cases in the window that missed a response or resolution target. No data without case data. */
  public OptionalDouble slaBreaches(AccountSignals s) {
    return s.support().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(checked(s).slaBreaches());
  }

  /**
   * Overdue invoices: days past due of the oldest invoice that is past due and unpaid on the day
   * scored, 0 when none is (the age of the worst debt says more than a count: one invoice 60 days
   * late is a bigger signal than two 3 days late). No data when no invoice is known for the
   * account.
   */
  public OptionalDouble overdueInvoices(AccountSignals s) {
    if (s.invoices().isEmpty() || s.invoices().get().known() == 0) {
      return OptionalDouble.empty();
    }
    Invoices i = s.invoices().get();
    require(i.known() > 0 && i.overdue() >= 0 && i.overdue() <= i.known(), s,
        "overdue invoices must be from 0 to the " + i.known() + " known, was " + i.overdue());
    if (i.overdue() == 0) {
      return OptionalDouble.of(0);
    }
    require(i.oldestOverdueDays().isPresent(), s, i.overdue() + " invoices are overdue but the days past due of the"
        + " oldest are missing");
    int days = i.oldestOverdueDays().getAsInt();
    require(days >= 0, s, "days past due must not be negative, was " + days);
    return OptionalDouble.of(days);
  }

  /**
   * Engagement recency: days from the last engagement to the day scored; a Task dated later than
   * that day (a planned call) counts as engagement today, 0. No data when the account was never
   * engaged.
   */
  public OptionalDouble engagementRecency(AccountSignals s) {
    return s.lastEngagement().map(last -> OptionalDouble.of(Math.max(0, days(last, s.asOf()))))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Champion change: 100 × champions and sponsors who left in the window ÷ those known at its
   * start. No data when the account never had a known champion.
   */
  public OptionalDouble championChange(AccountSignals s) {
    if (s.champions().isEmpty() || s.champions().get().known() == 0) {
      return OptionalDouble.empty();
    }
    Champions c = s.champions().get();
    require(c.known() > 0 && c.left() >= 0 && c.left() <= c.known(), s,
        "champions who left must be from 0 to the " + c.known() + " known, was " + c.left());
    return OptionalDouble.of(100.0 * c.left() / c.known());
  }

  /**
   * Onboarding credit, 0–100, with T the target days:
   *
   * <ul>
   *   <li>completed within T days of the first contract's start: 100;
   *   <li>completed late, after D &gt; T days: 100 × T ÷ D (half credit when it took twice the
   *       target), so finishing late still beats never finishing;
   *   <li>still in progress after E days: 100 × (T − E) ÷ T, the share of the target time left,
   *       so a new customer starts at 100 and sinks towards 0 on the target day; 0 afterwards.
   * </ul>
   *
   * A completion dated after the day scored counts as not yet completed (rescoring a past day sees
   * only what was known then). No data for an account that never became a customer, or whose
   * first contract starts after the day scored.
   */
  public OptionalDouble onboarding(AccountSignals s) {
    if (!isCustomer(s)) {
      return OptionalDouble.empty();
    }
    Onboarding o = s.onboarding().get();
    if (o.completedOn().isPresent() && !o.completedOn().get().isAfter(s.asOf())) {
      long took = Math.max(0, days(o.customerSince(), o.completedOn().get()));
      return OptionalDouble.of(took <= onboardingTargetDays ? 100 : 100.0 * onboardingTargetDays / took);
    }
    long elapsed = days(o.customerSince(), s.asOf());
    return OptionalDouble.of(elapsed >= onboardingTargetDays ? 0
        : 100.0 * (onboardingTargetDays - elapsed) / onboardingTargetDays);
  }

  /**
   * Time to first value: days from the first contract's start to the first value event; while
   * none has happened by the day scored, the days elapsed so far (a lower bound that keeps
   * growing, so an account that never reaches value sinks). No data for an account that never
   * became a customer, or whose first contract starts after the day scored.
   */
  public OptionalDouble timeToFirstValue(AccountSignals s) {
    if (!isCustomer(s)) {
      return OptionalDouble.empty();
    }
    Onboarding o = s.onboarding().get();
    LocalDate end = o.firstValueOn().filter(d -> !d.isAfter(s.asOf())).orElse(s.asOf());
    return OptionalDouble.of(Math.max(0, days(o.customerSince(), end)));
  }

  private static boolean isCustomer(AccountSignals s) {
    return s.onboarding().isPresent() && !s.onboarding().get().customerSince().isAfter(s.asOf());
  }

  private static Support checked(AccountSignals s) {
    Support c = s.support().get();
    require(c.openedInWindow() >= 0 && c.agedOpen() >= 0 && c.slaBreaches() >= 0, s,
        "case counts must not be negative, were " + c);
    require(c.openedInWindowStillOpen() >= 0 && c.openedInWindowStillOpen() <= c.openedInWindow(), s,
        "cases still open must be from 0 to the " + c.openedInWindow() + " opened, was "
            + c.openedInWindowStillOpen());
    return c;
  }

  private static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  private static void require(boolean condition, AccountSignals s, String message) {
    if (!condition) {
      throw new IllegalArgumentException("account " + s.accountId() + " on " + s.asOf() + ": " + message);
    }
  }
}
