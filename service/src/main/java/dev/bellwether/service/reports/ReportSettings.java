package dev.bellwether.service.reports;

import dev.bellwether.metrics.money.Money;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a report reads the book: the org's time zone (periods are calendar days there) and its
 * corporate currency (CRM amounts are taken to be in it). The store holds neither, so both are
 * request options with these defaults.
 */
public record ReportSettings(ZoneId zone, String currency) {

  /** UTC and US dollars. */
  public static final ReportSettings DEFAULTS = new ReportSettings(ZoneId.of("UTC"), "USD");

  public ReportSettings {
    Objects.requireNonNull(zone, "zone");
    Money.zero(currency); // validates the ISO code
  }
}
