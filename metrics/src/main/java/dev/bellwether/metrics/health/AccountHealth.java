package dev.bellwether.metrics.health;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's health on a day as a panel shows it: the computed score and band, always kept,
 * beside a CSM's override while it applies.
 *
 * @param asOf the day
 * @param computed the computed score, band and measures
 * @param override the CSM's override, expired or not; empty when none was set
 */
public record AccountHealth(LocalDate asOf, HealthScore computed, Optional<HealthOverride> override) {

  public AccountHealth {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(override, "override");
  }

  /** The override when it applies on {@link #asOf()}; empty when there is none or it expired. */
  public Optional<HealthOverride> activeOverride() {
    return override.filter(o -> o.appliesOn(asOf));
  }

  /**
   * The band in force: the override's while it applies, else the computed one; empty only when
   * there is neither a score nor an override.
   */
  public Optional<Band> effectiveBand() {
    return activeOverride().map(HealthOverride::band).or(computed::band);
  }

  /** Whether the band in force was set by hand. */
  public boolean isOverridden() {
    return activeOverride().isPresent();
  }
}
