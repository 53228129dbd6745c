package dev.bellwether.devorg.seed;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity before it has an Id.
 *
 * @param type "New Business", "Renewal" or "Existing Business"
 * @param amount total contract value (TCV) in USD
 * @param contractKey the contract it sold (New and Existing Business) or the contract it renews
 *     (Renewal, whatever the outcome); null for an open or lost sale that has no contract yet
 */
record PlannedOpportunity(
    String name,
    String type,
    String stage,
    LocalDate closeDate,
    BigDecimal amount,
    Integer contractKey,
    String description) {

  static final String NEW_BUSINESS = "New Business";
  static final String RENEWAL = "Renewal";
  static final String EXPANSION = "Existing Business";
  static final String CLOSED_WON = "Closed Won";
  static final String CLOSED_LOST = "Closed Lost";
}
