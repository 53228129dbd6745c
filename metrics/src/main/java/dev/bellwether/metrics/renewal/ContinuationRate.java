package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Continuation (repeat) rate (domain.md): the share of the accounts that became customers in a
 * cohort period and renewed at least once (like-for-like, upsell or downsell).
 */
public record ContinuationRate(ReportingPeriod cohort, int cohortAccounts, int renewedAccounts) {

  /** The cohort of accounts that became customers in {@code cohort}. */
  public static ContinuationRate of(
      Collection<AccountProfile> profiles, Collection<Renewal> renewals, ReportingPeriod cohort) {
    Set<String> everRenewed = new HashSet<>();
    for (Renewal renewal : renewals) {
      if (renewal.outcome().isRenewed()) {
        everRenewed.add(renewal.accountId());
      }
    }
    int members = 0, renewed = 0;
    for (AccountProfile profile : profiles) {
      if (profile.becameCustomerOn().filter(cohort::contains).isPresent()) {
        members++;
        if (everRenewed.contains(profile.accountId())) {
          renewed++;
        }
      }
    }
    return new ContinuationRate(cohort, members, renewed);
  }

  /** Cohort accounts that renewed at least once ÷ cohort accounts. */
  public MetricValue<Ratio> rate() {
    return Ratio.of(renewedAccounts, cohortAccounts, "no account became a customer in " + cohort);
  }
}
