package dev.bellwether.devorg.seed;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;

/**
 * Decides each account's hidden health curve and product adoption from how its story ends.
 *
 * <p>The outcome is decided first (by {@link ContractHistory}) and the signals are drawn to fit
 * it, so the book is truthful by construction: controllable churners and at-risk accounts decay
 * for months before; uncontrollable churners (acquired, strategy change) do not.
 */
final class HealthModel {
  private final LocalDate today;

  HealthModel(LocalDate today) {
    this.today = today;
  }

  HealthCurve curve(AccountHistory history, boolean atRisk, Dice dice) {
    if (!history.customer()) {
      return HealthCurve.steady(0.5);
    }
    LocalDate since = history.customerSince();
    if (history.churned() && history.churnReason().controllable) {
      LocalDate churn = history.churnDate();
      LocalDate from = latest(churn.minusDays(dice.between(150, 300)), since.plusDays(30));
      return HealthCurve.declining(dice.between(0.55, 0.85), from,
          churn.minusDays(dice.between(0, 21)), dice.between(0.08, 0.28));
    }
    if (atRisk) {
      // Still sliding today, not yet at the bottom: at risk is a warning, not a verdict.
      LocalDate from = latest(today.minusDays(dice.between(90, 210)), since.plusDays(30));
      return HealthCurve.declining(dice.between(0.55, 0.85), from,
          today.plusDays(dice.between(30, 150)), dice.between(0.08, 0.25));
    }
    HealthCurve steady = HealthCurve.steady(dice.between(0.62, 0.95));
    long lifetime = DAYS.between(since, history.activeUntil(today));
    // Some healthy accounts had a bad quarter and recovered: noise a health score must survive.
    if (lifetime > 150 && dice.chance(0.15)) {
      LocalDate center = since.plusDays(dice.between(60, (int) lifetime - 30));
      return steady.withDip(center, dice.between(30, 70), dice.between(0.15, 0.35));
    }
    return steady;
  }

  Adoption adoption(AccountProfile account, AccountHistory history, boolean atRisk, Dice dice) {
    boolean struggling = atRisk
        || (history.churned() && history.churnReason().controllable);
    // Slow onboarding and thin adoption are what controllable churn looks like early on.
    double slowness = struggling ? dice.between(1.4, 2.5) : dice.between(0.7, 1.3);
    int[] firstUse = new int[UsageFeature.values().length];
    for (UsageFeature feature : UsageFeature.values()) {
      double chance = feature.adoptionChance(account.segment())
          * (struggling && feature != UsageFeature.DASHBOARDS ? 0.6 : 1.0);
      firstUse[feature.ordinal()] = dice.chance(chance)
          ? (int) Math.round(dice.between(feature.firstUseMin, feature.firstUseMax) * slowness)
          : -1;
    }
    int ready = Math.max(firstUse[UsageFeature.DASHBOARDS.ordinal()],
        firstUse[UsageFeature.REPORTS.ordinal()]);
    int onboarding = ready + dice.between(5, 25);
    // Onboarding that drags past five months is abandoned, never marked complete.
    if (ready < 0 || onboarding > 150) {
      onboarding = -1;
    }
    return new Adoption(firstUse, dice.between(0.7, 1.3),
        (int) Math.round(dice.between(45, 110) * slowness), onboarding);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
