package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CRM says about one renewal, for {@link RenewalStatusRules}.
 *
 * @param renewalId the renewal's key, for error messages
 * @param renewalDate the end date of the contract up for renewal (inclusive, as Salesforce's)
 * @param priorArr the ARR up for renewal
 * @param opportunity the renewal opportunity's state
 * @param newerContracts the account's contracts that started after the one up for renewal; the
 *     rules decide which of them continue it
 * @param setByHand the status a person last set on the renewal (in the CRM or the panel), empty
 *     when Bellwether set the current one
 */
public record RenewalFacts(
    String renewalId,
    LocalDate renewalDate,
    Money priorArr,
    RenewalOpportunity opportunity,
    List<NewerContract> newerContracts,
    Optional<RenewalStatus> setByHand) {

  public RenewalFacts {
    Objects.requireNonNull(renewalId, "renewalId");
    Objects.requireNonNull(renewalDate, "renewalDate");
    Objects.requireNonNull(priorArr, "priorArr");
    Objects.requireNonNull(opportunity, "opportunity");
    newerContracts = List.copyOf(newerContracts);
    Objects.requireNonNull(setByHand, "setByHand");
    if (priorArr.isNegative()) {
      throw new IllegalArgumentException("renewal " + renewalId + " has a negative prior ARR " + priorArr);
    }
  }

  /** A newer contract of the account: the day it starts and its ARR. */
  public record NewerContract(LocalDate startDate, Money arr) {
    public NewerContract {
      Objects.requireNonNull(startDate, "startDate");
      Objects.requireNonNull(arr, "arr");
      if (arr.isNegative()) {
        throw new IllegalArgumentException("a contract starting " + startDate + " has a negative ARR " + arr);
      }
    }
  }
}
