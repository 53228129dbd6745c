package dev.bellwether.devorg.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A contract before it has an Id.
 *
 * @param key position in the account's contract list; opportunities refer to contracts by it
 * @param expansion true for a mid-term add-on co-termed with the base contract
 * @param acv annual contract value in USD
 */
record PlannedContract(
    int key,
    LocalDate start,
    int months,
    BigDecimal acv,
    String status,
    boolean expansion,
    String description) {

  static final String ACTIVATED = "Activated";

  /** The first day the contract no longer covers (Salesforce's EndDate is the day before). */
  LocalDate endExclusive() {
    return start.plusMonths(months);
  }

  boolean activated() {
    return ACTIVATED.equals(status);
  }

  boolean covers(LocalDate day) {
    return activated() && !day.isBefore(start) && day.isBefore(endExclusive());
  }

  BigDecimal totalValue() {
    return tcv(acv, months);
  }

  static BigDecimal tcv(BigDecimal acv, int months) {
    return acv.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2,
        RoundingMode.HALF_UP);
  }
}
