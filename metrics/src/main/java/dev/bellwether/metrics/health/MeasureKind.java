package dev.bellwether.metrics.health;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The measures a scorecard can weigh (domain.md, "Health score", "Value and adoption", "Support
 * and payment signals"). Each has a stable snake_case key used in scorecard YAML and in JSON, the
 * unit of its raw value, and whether a higher raw value is healthier; {@link MeasureCalculator}
 * documents how each raw value is computed and when it has no data.
 */
public enum MeasureKind {
  /** Usage in the window ÷ the plan's expected minimum, in percent. */
  USAGE("usage", MeasureUnit.PERCENT, true),
  /** Key features used at least once in the window ÷ key features, in percent. */
  FEATURE_ADOPTION("feature_adoption", MeasureUnit.PERCENT, true),
  /** Distinct active users in the window ÷ licensed seats, in percent. */
  ACTIVE_USERS("active_users", MeasureUnit.PERCENT, true),
  /** Net Promoter Score of the answers in the survey window, −100 to 100. */
  NPS("nps", MeasureUnit.NPS_POINTS, true),
  /** Share of CSAT answers that are 4 or 5, in percent. */
  CSAT("csat", MeasureUnit.PERCENT, true),
  /** Cases opened in the window that are still open ÷ cases opened, in percent. */
  UNRESOLVED_CASES("unresolved_cases", MeasureUnit.PERCENT, false),
  /** Open cases older than the aged-case threshold. */
  AGED_CASES("aged_cases", MeasureUnit.CASES, false),
  /** Cases whose first response or resolution exceeded the priority's target. */
  SLA_BREACHES("sla_breaches", MeasureUnit.CASES, false),
  /** Days past due of the oldest overdue invoice; 0 when nothing is overdue. */
  OVERDUE_INVOICES("overdue_invoices", MeasureUnit.DAYS, false),
  /** Days since the last engagement (a Task with the account or one of its contacts). */
  ENGAGEMENT_RECENCY("engagement_recency", MeasureUnit.DAYS, false),
  /** Champions and sponsors who left in the window ÷ those known at its start, in percent. */
  CHAMPION_CHANGE("champion_change", MeasureUnit.PERCENT, false),
  /** Onboarding credit, 0–100: full when completed within the target days (see the calculator). */
  ONBOARDING("onboarding", MeasureUnit.PERCENT, true),
  /** Days from the first contract's start to the first value event (so far, while none happened). */
  TIME_TO_FIRST_VALUE("time_to_first_value", MeasureUnit.DAYS, false);

  private final String key;
  private final MeasureUnit unit;
  private final boolean higherIsBetter;

  MeasureKind(String key, MeasureUnit unit, boolean higherIsBetter) {
    this.key = key;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** The stable snake_case key of YAML and JSON, e.g. {@code engagement_recency}. */
  public String key() {
    return key;
  }

  /** The unit of the raw value. */
  public MeasureUnit unit() {
    return unit;
  }

  /** Whether a higher raw value is healthier (usage) rather than sicker (aged cases). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The measure with this exact key, or empty. */
  public static Optional<MeasureKind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /** Every key, in declaration order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(MeasureKind::key).toList();
  }

  @Override
  public String toString() {
    return key;
  }
}
