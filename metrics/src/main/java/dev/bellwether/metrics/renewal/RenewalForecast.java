package dev.bellwether.metrics.renewal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The system's view of one open renewal: how likely it is to renew (percent, two decimals, as
 * System_Likelihood__c stores it), its risk level, and what the estimate rests on.
 *
 * @param likelihood the system likelihood, 0–100
 * @param riskLevel Low, Medium or High
 * @param basis the signal the likelihood started from
 * @param signalLikelihood the likelihood from that signal alone, before the account's history
 * @param historyRenewals how many earlier renewals of the account were blended in
 */
public record RenewalForecast(
    BigDecimal likelihood,
    RiskLevel riskLevel,
    Basis basis,
    BigDecimal signalLikelihood,
    int historyRenewals) {

  public RenewalForecast {
    Percent.check(likelihood, "likelihood");
    Percent.check(signalLikelihood, "signal likelihood");
    Objects.requireNonNull(riskLevel, "riskLevel");
    Objects.requireNonNull(basis, "basis");
  }

  /** The forecast category a new renewal starts with (the CSM's from then on). */
  public ForecastCategory suggestedCategory() {
    return ForecastCategory.suggested(likelihood);
  }

  /** The signal a forecast started from, strongest first. */
  public enum Basis {
    /** 100 % minus the churn model's probability. */
    CHURN_MODEL,
    /** The likelihood set for the account's health band. */
    HEALTH_BAND,
    /** Neither: the setting for accounts nobody can read yet. */
    NO_SIGNAL
  }
}
