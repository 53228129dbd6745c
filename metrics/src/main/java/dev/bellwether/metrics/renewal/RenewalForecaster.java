package dev.bellwether.metrics.renewal;

import dev.bellwether.metrics.renewal.RenewalForecast.Basis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Estimates how likely an open renewal is to renew, and how much it is at risk.
 *
 * <p><b>Signal.</b> The churn model's prediction when there is one: 100 % − churn risk. Else the
 * account's health band: Green (score ≥ 75) 90 %, Yellow (50 ≤ score &lt; 75) 70 %, Red (score
 * &lt; 50) 35 %. Else no signal: 70 %, the Yellow value, because an account nobody can read is
 * neither safe nor lost.
 *
 * <p><b>History.</b> The account's own earlier renewals pull the signal toward what it did
 * before, with the signal weighing as {@code k} (default 4) renewals of prior:
 * likelihood = (k · signal + 100 · renewed) ÷ (k + renewed + churned). One earlier churn thus
 * moves a Green account from 90 % to 72 %; ten clean renewals lift a Red one to 81 %.
 *
 * <p><b>Risk.</b> High below 50 % or when the health band is Red; Medium below 75 % or when the
 * band is Yellow; Low otherwise. The band counts even when the model gave the likelihood: a
 * Red account is never Low risk, whatever the model says.
 *
 * <p>The likelihood is rounded half-up to two decimals. Every threshold and value is
 * configurable through {@link #builder()}; {@link #defaults()} has the values above.
 */
public final class RenewalForecaster {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private final BigDecimal redBelow;
  private final BigDecimal greenFrom;
  private final BigDecimal redLikelihood;
  private final BigDecimal yellowLikelihood;
  private final BigDecimal greenLikelihood;
  private final BigDecimal noSignalLikelihood;
  private final BigDecimal historyWeight;
  private final BigDecimal highRiskBelow;
  private final BigDecimal mediumRiskBelow;

  private RenewalForecaster(Builder b) {
    redBelow = Percent.check(b.redBelow, "red band threshold");
    greenFrom = Percent.check(b.greenFrom, "green band threshold");
    if (redBelow.compareTo(greenFrom) > 0) {
      throw new IllegalArgumentException("the red band must end (" + redBelow.toPlainString()
          + ") at or below where the green band starts (" + greenFrom.toPlainString() + ")");
    }
    redLikelihood = Percent.check(b.redLikelihood, "red band likelihood");
    yellowLikelihood = Percent.check(b.yellowLikelihood, "yellow band likelihood");
    greenLikelihood = Percent.check(b.greenLikelihood, "green band likelihood");
    if (redLikelihood.compareTo(yellowLikelihood) > 0 || yellowLikelihood.compareTo(greenLikelihood) > 0) {
      // Otherwise a healthier account could get a lower likelihood.
      throw new IllegalArgumentException("band likelihoods must rise from red to green, were red "
          + redLikelihood.toPlainString() + ", yellow " + yellowLikelihood.toPlainString()
          + ", green " + greenLikelihood.toPlainString());
    }
    noSignalLikelihood = Percent.check(b.noSignalLikelihood, "no-signal likelihood");
    if (b.historyWeight.signum() <= 0) {
      throw new IllegalArgumentException(
          "the history weight must be positive, was " + b.historyWeight.toPlainString());
    }
    historyWeight = b.historyWeight;
    highRiskBelow = Percent.check(b.highRiskBelow, "high-risk threshold");
    mediumRiskBelow = Percent.check(b.mediumRiskBelow, "medium-risk threshold");
    if (highRiskBelow.compareTo(mediumRiskBelow) > 0) {
      throw new IllegalArgumentException("the high-risk threshold (" + highRiskBelow.toPlainString()
          + ") must not exceed the medium-risk threshold (" + mediumRiskBelow.toPlainString() + ")");
    }
  }

  /** The forecaster with the documented defaults. */
  public static RenewalForecaster defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The forecast of an open renewal of an account with {@code inputs}. */
  public RenewalForecast forecast(ForecastInputs inputs) {
    Basis basis;
    BigDecimal signal;
    if (inputs.churnRiskPercent().isPresent()) {
      basis = Basis.CHURN_MODEL;
      signal = Percent.HUNDRED.subtract(inputs.churnRiskPercent().get());
    } else if (inputs.healthScore().isPresent()) {
      basis = Basis.HEALTH_BAND;
      signal = switch (band(inputs.healthScore().get())) {
        case RED -> redLikelihood;
        case YELLOW -> yellowLikelihood;
        case GREEN -> greenLikelihood;
      };
    } else {
      basis = Basis.NO_SIGNAL;
      signal = noSignalLikelihood;
    }
    int history = inputs.priorRenewed() + inputs.priorChurned();
    BigDecimal blended = historyWeight.multiply(signal)
        .add(Percent.HUNDRED.multiply(BigDecimal.valueOf(inputs.priorRenewed())))
        .divide(historyWeight.add(BigDecimal.valueOf(history)), PRECISION)
        .setScale(2, RoundingMode.HALF_UP);
    RiskLevel risk = riskOf(blended);
    if (inputs.healthScore().isPresent()) {
      risk = risk.atLeast(switch (band(inputs.healthScore().get())) {
        case RED -> RiskLevel.HIGH;
        case YELLOW -> RiskLevel.MEDIUM;
        case GREEN -> RiskLevel.LOW;
      });
    }
    return new RenewalForecast(blended, risk, basis, signal.setScale(2, RoundingMode.HALF_UP), history);
  }

  private RiskLevel riskOf(BigDecimal likelihood) {
    if (likelihood.compareTo(highRiskBelow) < 0) {
      return RiskLevel.HIGH;
    }
    return likelihood.compareTo(mediumRiskBelow) < 0 ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  private Band band(BigDecimal score) {
    if (score.compareTo(redBelow) < 0) {
      return Band.RED;
    }
    return score.compareTo(greenFrom) < 0 ? Band.YELLOW : Band.GREEN;
  }

  private enum Band { RED, YELLOW, GREEN }

  /** Settings of a {@link RenewalForecaster}; every one starts at the documented default. */
  public static final class Builder {
    private BigDecimal redBelow = BigDecimal.valueOf(50);
    private BigDecimal greenFrom = BigDecimal.valueOf(75);
    private BigDecimal redLikelihood = BigDecimal.valueOf(35);
    private BigDecimal yellowLikelihood = BigDecimal.valueOf(70);
    private BigDecimal greenLikelihood = BigDecimal.valueOf(90);
    private BigDecimal noSignalLikelihood = BigDecimal.valueOf(70);
    private BigDecimal historyWeight = BigDecimal.valueOf(4);
    private BigDecimal highRiskBelow = BigDecimal.valueOf(50);
    private BigDecimal mediumRiskBelow = BigDecimal.valueOf(75);

    private Builder() {}

    /** Health bands: Red below {@code redBelow}, Green from {@code greenFrom} (default 50, 75). */
    public Builder healthBands(BigDecimal redBelow, BigDecimal greenFrom) {
      this.redBelow = redBelow;
      this.greenFrom = greenFrom;
      return this;
    }

    /** The likelihood of each band, in percent (default 35, 70, 90). */
    public Builder bandLikelihoods(BigDecimal red, BigDecimal yellow, BigDecimal green) {
      this.redLikelihood = red;
      this.yellowLikelihood = yellow;
      this.greenLikelihood = green;
      return this;
    }

    /** The likelihood of an account with neither a score nor a prediction (default 70). */
    public Builder noSignalLikelihood(BigDecimal percent) {
      this.noSignalLikelihood = percent;
      return this;
    }

    /** How many renewals' worth the signal weighs against the account's history (default 4). */
    public Builder historyWeight(BigDecimal renewals) {
      this.historyWeight = renewals;
      return this;
    }

    /** High risk below {@code high}, Medium below {@code medium} percent (default 50, 75). */
    public Builder riskThresholds(BigDecimal high, BigDecimal medium) {
      this.highRiskBelow = high;
      this.mediumRiskBelow = medium;
      return this;
    }

    /** The forecaster; throws naming the setting when one is out of range. */
    public RenewalForecaster build() {
      return new RenewalForecaster(this);
    }
  }
}
