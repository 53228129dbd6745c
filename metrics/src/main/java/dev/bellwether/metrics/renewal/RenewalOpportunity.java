package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.money.Money;
import java.util.Objects;

/**
 * What the CRM's renewal opportunity of a renewal says: there is none, it is open, it closed won
 * for an annual amount, or it closed lost.
 */
public sealed interface RenewalOpportunity {

  /** No renewal opportunity is linked to the renewal. */
  static RenewalOpportunity none() {
    return new None();
  }

  /** An open renewal opportunity: someone is working the renewal. */
  static RenewalOpportunity open() {
    return new Open();
  }

  /** Closed won; {@code renewedArr} is the opportunity's amount per year (its ARR). */
  static RenewalOpportunity won(Money renewedArr) {
    return new Won(renewedArr);
  }

  /** Closed lost: the customer is not renewing. */
  static RenewalOpportunity lost() {
    return new Lost();
  }

  /** No opportunity. */
  record None() implements RenewalOpportunity {}

  /** An open opportunity. */
  record Open() implements RenewalOpportunity {}

  /** A won opportunity and the ARR it renews for. */
  record Won(Money renewedArr) implements RenewalOpportunity {
    public Won {
      Objects.requireNonNull(renewedArr, "renewedArr");
      if (renewedArr.isNegative()) {
        throw new IllegalArgumentException("a won renewal opportunity has a negative amount " + renewedArr);
      }
    }
  }

  /** A lost opportunity. */
  record Lost() implements RenewalOpportunity {}
}
