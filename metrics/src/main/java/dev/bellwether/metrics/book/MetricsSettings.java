package dev.bellwether.metrics.book;

import dev.bellwether.metrics.adoption.OnboardingCompletion;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.retention.LifetimeValue;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The org's settings the period metrics need: its time zone, its corporate currency and exchange
 * rates, the gross margin for LTV, the onboarding milestones and target, the key features, and the
 * value event of each product line. An empty milestone, feature or value-event setting leaves that
 * metric "not configured".
 */
public record MetricsSettings(
    ZoneId zone,
    ExchangeRateTable exchangeRates,
    BigDecimal grossMargin,
    Set<String> onboardingMilestones,
    int onboardingTargetDays,
    Set<String> keyFeatures,
    Map<String, String> valueEventByProductLine) {

  public MetricsSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(exchangeRates, "exchangeRates");
    Objects.requireNonNull(grossMargin, "grossMargin");
    new LifetimeValue(grossMargin); // validates the margin
    onboardingMilestones = Set.copyOf(onboardingMilestones);
    keyFeatures = Set.copyOf(keyFeatures);
    valueEventByProductLine = Map.copyOf(valueEventByProductLine);
    if (onboardingTargetDays < 0) {
      throw new IllegalArgumentException(
          "onboarding target days must not be negative, was " + onboardingTargetDays);
    }
  }

  /** domain.md's defaults (gross margin 80%, onboarding target 90 days), nothing else configured. */
  public static MetricsSettings defaults(ZoneId zone, ExchangeRateTable exchangeRates) {
    return new MetricsSettings(
        zone,
        exchangeRates,
        LifetimeValue.DEFAULT_GROSS_MARGIN,
        Set.of(),
        OnboardingCompletion.DEFAULT_TARGET_DAYS,
        Set.of(),
        Map.of());
  }

  public MetricsSettings withGrossMargin(BigDecimal margin) {
    return new MetricsSettings(zone, exchangeRates, margin, onboardingMilestones, onboardingTargetDays, keyFeatures, valueEventByProductLine);
  }

  public MetricsSettings withOnboarding(Set<String> milestones, int targetDays) {
    return new MetricsSettings(zone, exchangeRates, grossMargin, milestones, targetDays, keyFeatures, valueEventByProductLine);
  }

  public MetricsSettings withKeyFeatures(Set<String> features) {
    return new MetricsSettings(zone, exchangeRates, grossMargin, onboardingMilestones, onboardingTargetDays, features, valueEventByProductLine);
  }

  public MetricsSettings withValueEvents(Map<String, String> byProductLine) {
    return new MetricsSettings(zone, exchangeRates, grossMargin, onboardingMilestones, onboardingTargetDays, keyFeatures, byProductLine);
  }
}
