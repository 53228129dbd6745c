package dev.bellwether.metrics.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.renewal.RenewalForecast.Basis;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RenewalForecasterTest {
  private final RenewalForecaster forecaster = RenewalForecaster.defaults();

  @Test
  void aGreenAccountWithNoHistoryGetsTheGreenLikelihoodAndIsACommit() {
    RenewalForecast f = forecaster.forecast(ForecastInputs.none().withHealthScore(pct("80")));
    assertEquals(pct("90.00"), f.likelihood());
    assertEquals(Basis.HEALTH_BAND, f.basis());
    assertEquals(RiskLevel.LOW, f.riskLevel());
    assertEquals(ForecastCategory.COMMIT, f.suggestedCategory());
  }

  @Test
  void cleanHistoryLiftsAYellowAccountButItsBandKeepsItMediumRisk() {
    // (4 × 70 + 100 × 3) ÷ (4 + 3) = 580 ÷ 7 = 82.857… → 82.86
    RenewalForecast f = forecaster.forecast(ForecastInputs.none().withHealthScore(pct("60")).withHistory(3, 0));
    assertEquals(pct("82.86"), f.likelihood());
    assertEquals(pct("70.00"), f.signalLikelihood());
    assertEquals(3, f.historyRenewals());
    assertEquals(RiskLevel.MEDIUM, f.riskLevel(), "Yellow is at least Medium, whatever the likelihood");
    assertEquals(ForecastCategory.BEST_CASE, f.suggestedCategory());
  }

  @Test
  void theChurnModelWinsOverTheBandForTheLikelihoodButARedBandIsStillHighRisk() {
    // Signal 100 − 30 = 70; (4 × 70 + 100 × 1) ÷ (4 + 2) = 380 ÷ 6 = 63.333… → 63.33
    RenewalForecast f = forecaster.forecast(
        ForecastInputs.none().withHealthScore(pct("40")).withChurnRisk(pct("30")).withHistory(1, 1));
    assertEquals(pct("63.33"), f.likelihood());
    assertEquals(Basis.CHURN_MODEL, f.basis());
    assertEquals(RiskLevel.HIGH, f.riskLevel());
    assertEquals(ForecastCategory.PIPELINE, f.suggestedCategory());
  }

  @Test
  void oneEarlierChurnTakesAGreenAccountTo72AndMediumRisk() {
    // (4 × 90 + 0) ÷ 5 = 72
    RenewalForecast f = forecaster.forecast(ForecastInputs.none().withHealthScore(pct("75")).withHistory(0, 1));
    assertEquals(pct("72.00"), f.likelihood());
    assertEquals(RiskLevel.MEDIUM, f.riskLevel());
  }

  @Test
  void tenCleanRenewalsLiftARedAccountTo81ButNotOutOfHighRisk() {
    // (4 × 35 + 1000) ÷ 14 = 81.428… → 81.43
    RenewalForecast f = forecaster.forecast(ForecastInputs.none().withHealthScore(pct("49.99")).withHistory(10, 0));
    assertEquals(pct("81.43"), f.likelihood());
    assertEquals(RiskLevel.HIGH, f.riskLevel());
  }

  @Test
  void anAccountNobodyCanReadIsTreatedAsYellowByLikelihood() {
    RenewalForecast f = forecaster.forecast(ForecastInputs.none());
    assertEquals(pct("70.00"), f.likelihood());
    assertEquals(Basis.NO_SIGNAL, f.basis());
    assertEquals(RiskLevel.MEDIUM, f.riskLevel());
    assertEquals(ForecastCategory.PIPELINE, f.suggestedCategory());
  }

  @Test
  void aModelPredictionAloneDecidesTheRiskWhenThereIsNoHealthScore() {
    RenewalForecast low = forecaster.forecast(ForecastInputs.none().withChurnRisk(pct("5")));
    assertEquals(pct("95.00"), low.likelihood());
    assertEquals(RiskLevel.LOW, low.riskLevel());
    RenewalForecast high = forecaster.forecast(ForecastInputs.none().withChurnRisk(pct("50.01")));
    assertEquals(pct("49.99"), high.likelihood());
    assertEquals(RiskLevel.HIGH, high.riskLevel());
    assertEquals(ForecastCategory.AT_RISK, high.suggestedCategory());
  }

  @Test
  void settingsChangeBandsLikelihoodsWeightAndRiskThresholds() {
    RenewalForecaster custom = RenewalForecaster.builder().healthBands(pct("40"), pct("80"))
        .bandLikelihoods(pct("20"), pct("60"), pct("95")).historyWeight(pct("1"))
        .riskThresholds(pct("30"), pct("60")).build();
    // Score 45 is Yellow with these bands: (1 × 60 + 100 × 1) ÷ 2 = 80, Yellow → Medium.
    RenewalForecast f = custom.forecast(ForecastInputs.none().withHealthScore(pct("45")).withHistory(1, 0));
    assertEquals(pct("80.00"), f.likelihood());
    assertEquals(RiskLevel.MEDIUM, f.riskLevel());
  }

  @Test
  void badSettingsAndInputsAreRefusedByName() {
    IllegalArgumentException bands = assertThrows(IllegalArgumentException.class,
        () -> RenewalForecaster.builder().bandLikelihoods(pct("80"), pct("70"), pct("90")).build());
    assertEquals("band likelihoods must rise from red to green, were red 80, yellow 70, green 90",
        bands.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RenewalForecaster.builder().healthBands(pct("80"), pct("60")).build());
    assertThrows(IllegalArgumentException.class,
        () -> RenewalForecaster.builder().historyWeight(BigDecimal.ZERO).build());
    assertThrows(IllegalArgumentException.class,
        () -> RenewalForecaster.builder().riskThresholds(pct("80"), pct("60")).build());
    IllegalArgumentException score = assertThrows(IllegalArgumentException.class,
        () -> ForecastInputs.none().withHealthScore(pct("101")));
    assertEquals("health score must be a percentage from 0 to 100, was 101", score.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ForecastInputs.none().withChurnRisk(pct("-1")));
    assertThrows(IllegalArgumentException.class, () -> ForecastInputs.none().withHistory(-1, 0));
  }

  @Test
  void suggestedCategoriesFollowTheThresholdsAndNeverOmit() {
    assertEquals(ForecastCategory.COMMIT, ForecastCategory.suggested(pct("90")));
    assertEquals(ForecastCategory.BEST_CASE, ForecastCategory.suggested(pct("89.99")));
    assertEquals(ForecastCategory.BEST_CASE, ForecastCategory.suggested(pct("75")));
    assertEquals(ForecastCategory.PIPELINE, ForecastCategory.suggested(pct("74.99")));
    assertEquals(ForecastCategory.PIPELINE, ForecastCategory.suggested(pct("50")));
    assertEquals(ForecastCategory.AT_RISK, ForecastCategory.suggested(pct("49.99")));
    assertEquals(ForecastCategory.AT_RISK, ForecastCategory.suggested(pct("0")));
    assertThrows(IllegalArgumentException.class, () -> ForecastCategory.suggested(pct("100.01")));
  }

  @Property
  void likelihoodIsAPercentageAndRiskAgreesWithIt(@ForAll("inputs") ForecastInputs inputs) {
    RenewalForecast f = forecaster.forecast(inputs);
    assertTrue(f.likelihood().signum() >= 0 && f.likelihood().compareTo(Percent.HUNDRED) <= 0, f.toString());
    if (f.likelihood().compareTo(pct("50")) < 0) {
      assertEquals(RiskLevel.HIGH, f.riskLevel(), f.toString());
    }
    if (f.riskLevel() == RiskLevel.LOW) {
      assertTrue(f.likelihood().compareTo(pct("75")) >= 0, f.toString());
    }
  }

  @Property
  void higherHealthNeverLowersTheLikelihoodNorRaisesTheRisk(@ForAll("inputs") ForecastInputs inputs,
      @ForAll("scores") BigDecimal a, @ForAll("scores") BigDecimal b) {
    BigDecimal lower = a.min(b);
    BigDecimal higher = a.max(b);
    RenewalForecast worse = forecaster.forecast(inputs.withHealthScore(lower));
    RenewalForecast better = forecaster.forecast(inputs.withHealthScore(higher));
    assertTrue(better.likelihood().compareTo(worse.likelihood()) >= 0, worse + " vs " + better);
    assertTrue(better.riskLevel().compareTo(worse.riskLevel()) <= 0, worse + " vs " + better);
  }

  @Property
  void anotherRenewalNeverLowersTheLikelihoodAndAnotherChurnNeverRaisesIt(
      @ForAll("inputs") ForecastInputs inputs) {
    BigDecimal base = forecaster.forecast(inputs).likelihood();
    int renewed = inputs.priorRenewed();
    int churned = inputs.priorChurned();
    assertTrue(forecaster.forecast(inputs.withHistory(renewed + 1, churned)).likelihood().compareTo(base) >= 0);
    assertTrue(forecaster.forecast(inputs.withHistory(renewed, churned + 1)).likelihood().compareTo(base) <= 0);
  }

  @Property
  void everySuggestionIsACategoryButOmitted(@ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
    ForecastCategory c = ForecastCategory.suggested(BigDecimal.valueOf(hundredths, 2));
    assertTrue(c != ForecastCategory.OMITTED);
  }

  @Provide
  Arbitrary<BigDecimal> scores() {
    return Arbitraries.integers().between(0, 10_000).map(h -> BigDecimal.valueOf(h, 2));
  }

  @Provide
  Arbitrary<ForecastInputs> inputs() {
    Arbitrary<Optional<BigDecimal>> maybe = scores().optional(0.6);
    Arbitrary<Integer> counts = Arbitraries.integers().between(0, 20);
    return Combinators.combine(maybe, maybe, counts, counts).as(ForecastInputs::new);
  }

  private static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }
}
