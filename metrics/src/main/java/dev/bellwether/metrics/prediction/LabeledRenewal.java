package dev.bellwether.metrics.prediction;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A renewal whose outcome is known, with the measures its account showed 90 days before the
 * renewal date: one example for the churn model and the KPI validation.
 *
 * @param renewalId the CRM id of the renewal
 * @param accountId the CRM id of the account
 * @param renewalDate the day the renewal was due (it orders the backtest)
 * @param features the measures taken 90 days before {@code renewalDate}; a missing key is no data
 * @param churned whether the renewal churned (a downsell counts as renewed, as in domain.md)
 */
public record LabeledRenewal(
    String renewalId, String accountId, LocalDate renewalDate, FeatureVector features, boolean churned) {

  public LabeledRenewal {
    if (renewalId == null || renewalId.isBlank()) {
      throw new IllegalArgumentException("a labeled renewal needs a renewal id, was '" + renewalId + "'");
    }
    if (accountId == null || accountId.isBlank()) {
      throw new IllegalArgumentException("renewal " + renewalId + " needs an account id, was '" + accountId + "'");
    }
    Objects.requireNonNull(renewalDate, () -> "renewal " + renewalId + " needs a renewal date");
    Objects.requireNonNull(features, () -> "renewal " + renewalId + " needs features (empty for no data)");
  }

  /** A renewal with its features as a map; bad values fail naming the renewal and the feature. */
  public static LabeledRenewal of(
      String renewalId, String accountId, LocalDate renewalDate, Map<String, Double> features, boolean churned) {
    FeatureVector vector;
    try {
      vector = FeatureVector.of(features);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("renewal " + renewalId + ": " + e.getMessage(), e);
    }
    return new LabeledRenewal(renewalId, accountId, renewalDate, vector, churned);
  }
}
