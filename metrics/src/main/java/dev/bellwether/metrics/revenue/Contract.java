package dev.bellwether.metrics.revenue;

import dev.bellwether.metrics.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A contract of an account: in force from {@code start} (inclusive) to {@code end} (exclusive),
 * worth {@code tcv} over that whole term, for one product line.
 */
public record Contract(
    String contractId, String accountId, Instant start, Instant end, Money tcv, String productLine) {

  public Contract {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(tcv, "tcv");
    Objects.requireNonNull(productLine, "productLine");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "contract " + contractId + " of account " + accountId + " ends (" + end
              + ") before or when it starts (" + start + ")");
    }
    if (tcv.isNegative()) {
      throw new IllegalArgumentException(
          "contract " + contractId + " of account " + accountId + " has a negative value " + tcv);
    }
  }

  /**
   * A contract given the CRM's way, by calendar dates in the org's {@code zone}: in force from the
   * start of {@code startDate} through the whole of {@code endDate} (inclusive, as Salesforce's
   * Contract EndDate is).
   */
  public static Contract ofDates(
      String contractId,
      String accountId,
      LocalDate startDate,
      LocalDate endDate,
      Money tcv,
      String productLine,
      ZoneId zone) {
    return new Contract(
        contractId,
        accountId,
        startDate.atStartOfDay(zone).toInstant(),
        endDate.plusDays(1).atStartOfDay(zone).toInstant(),
        tcv,
        productLine);
  }

  /** Whether the contract is in force at {@code instant} (start inclusive, end exclusive). */
  public boolean isInForceAt(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Whether the contract is in force at some moment in {@code [from, to)}. */
  public boolean overlaps(Instant from, Instant to) {
    return start.isBefore(to) && end.isAfter(from);
  }
}
