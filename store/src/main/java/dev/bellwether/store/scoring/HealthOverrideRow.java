package dev.bellwether.store.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A CSM's band override of an account: shown until {@code expiresOn} (inclusive). */
public record HealthOverrideRow(
    String accountId, String band, String reason, String author, LocalDate expiresOn, Instant setAt) {

  public HealthOverrideRow {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(setAt, "setAt");
  }
}
