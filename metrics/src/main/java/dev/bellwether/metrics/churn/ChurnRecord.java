package dev.bellwether.metrics.churn;

import dev.bellwether.metrics.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one account churned (a CS_Churn_Reason__c record), with the segment and owner (CSM) the
 * analysis groups by. A blank segment or owner is kept blank and reported as "(unassigned)"; a
 * blank competitor is no competitor; a secondary reason equal to the primary adds nothing and is
 * dropped, so the record reads the same however a person filled it in.
 */
public record ChurnRecord(
    String accountId,
    String segment,
    String owner,
    ChurnReason primary,
    Optional<ChurnReason> secondary,
    Money arrLost,
    LocalDate churnDate,
    Optional<String> competitor) {

  public ChurnRecord {
    Objects.requireNonNull(accountId, "accountId");
    segment = segment == null ? "" : segment.strip();
    owner = owner == null ? "" : owner.strip();
    Objects.requireNonNull(primary, () -> "account " + accountId + ": primary churn reason");
    Objects.requireNonNull(secondary, "secondary");
    Objects.requireNonNull(arrLost, "arrLost");
    Objects.requireNonNull(churnDate, () -> "account " + accountId + ": churn date");
    Objects.requireNonNull(competitor, "competitor");
    if (arrLost.isNegative()) {
      throw new IllegalArgumentException(
          "churn record of account " + accountId + " has a negative ARR lost " + arrLost);
    }
    secondary = secondary.filter(s -> !s.equals(primary));
    competitor = competitor.map(String::strip).filter(c -> !c.isEmpty());
  }

  /** A record with one reason and no competitor. */
  public static ChurnRecord of(String accountId, String segment, String owner, ChurnReason primary,
      Money arrLost, LocalDate churnDate) {
    return new ChurnRecord(accountId, segment, owner, primary, Optional.empty(), arrLost, churnDate,
        Optional.empty());
  }

  /** This record with the competitor the customer moved to. */
  public ChurnRecord withCompetitor(String name) {
    return new ChurnRecord(accountId, segment, owner, primary, secondary, arrLost, churnDate,
        Optional.of(name));
  }

  /** This record with a secondary reason. */
  public ChurnRecord withSecondary(ChurnReason reason) {
    return new ChurnRecord(accountId, segment, owner, primary, Optional.of(reason), arrLost, churnDate,
        competitor);
  }
}
