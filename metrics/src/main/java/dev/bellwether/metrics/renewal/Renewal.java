package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A renewal of an account, due on {@code dueDate} (its contract's end date) with {@code arrUp} ARR
 * up for renewal; once closed, {@code renewedArr} is the ARR the customer renewed for and the ACVs
 * compare the renewed contract with the prior one. Open and churned renewals renew nothing.
 */
public record Renewal(
    String renewalId,
    String accountId,
    LocalDate dueDate,
    Money arrUp,
    RenewalOutcome outcome,
    Money renewedArr,
    Money priorAcv,
    Money renewedAcv) {

  public Renewal {
    Objects.requireNonNull(renewalId, "renewalId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(arrUp, "arrUp");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(renewedArr, "renewedArr");
    Objects.requireNonNull(priorAcv, "priorAcv");
    Objects.requireNonNull(renewedAcv, "renewedAcv");
    if (arrUp.isNegative() || renewedArr.isNegative() || priorAcv.isNegative() || renewedAcv.isNegative()) {
      throw new IllegalArgumentException("renewal " + renewalId + " has a negative amount");
    }
    if (!outcome.isRenewed() && (renewedArr.isPositive() || renewedAcv.isPositive())) {
      throw new IllegalArgumentException(
          "renewal " + renewalId + " is " + outcome + " but has renewed ARR " + renewedArr
              + " and renewed ACV " + renewedAcv + "; only renewed outcomes carry them");
    }
  }

  /** A renewal not closed yet. */
  public static Renewal open(String renewalId, String accountId, LocalDate dueDate, Money arrUp, Money priorAcv) {
    Money zero = Money.zero(arrUp.currency());
    return new Renewal(renewalId, accountId, dueDate, arrUp, RenewalOutcome.OPEN, zero, priorAcv, zero);
  }

  /** A renewal closed as churned. */
  public static Renewal churned(String renewalId, String accountId, LocalDate dueDate, Money arrUp, Money priorAcv) {
    Money zero = Money.zero(arrUp.currency());
    return new Renewal(renewalId, accountId, dueDate, arrUp, RenewalOutcome.CHURNED, zero, priorAcv, zero);
  }
}
