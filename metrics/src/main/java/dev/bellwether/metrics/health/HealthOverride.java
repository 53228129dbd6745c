package dev.bellwether.metrics.health;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A band a CSM set by hand (domain.md, "Health score"), with why, who and until when. It applies
 * on every day before {@code expiresOn}; on that day the computed band is back.
 *
 * @param band the band set
 * @param reason why, shown beside it; required
 * @param author who set it; required
 * @param expiresOn the first day it no longer applies
 */
public record HealthOverride(Band band, String reason, String author, LocalDate expiresOn) {

  public HealthOverride {
    Objects.requireNonNull(band, "band");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a health override needs a reason");
    }
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("a health override needs its author");
    }
    Objects.requireNonNull(expiresOn, "expiresOn");
  }

  /** Whether it applies on {@code day}: before its expiry day. */
  public boolean appliesOn(LocalDate day) {
    return day.isBefore(expiresOn);
  }
}
