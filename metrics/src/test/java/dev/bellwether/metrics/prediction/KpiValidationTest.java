package dev.bellwether.metrics.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.prediction.KpiValidationReport.Direction;
import dev.bellwether.metrics.prediction.KpiValidationReport.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiValidationTest {

  /**
   * Ten renewals, R1–R4 churned. AUCs of "lower = more churn" by hand, over 4 × 6 = 24 pairs:
   * usage: churned 10 and 20 below all six renewed (12), 30 below five and tied with one (5.5),
   * 60 below three: 20.5 / 24. engagement: 6 + 3 + 3 + 2 = 14 / 24. csat: 5.5 + 4.5 + 1.5 + 0.5
   * = 12 / 24. support: churned all above renewed, 0. health_score: 6 + 5 + 5 + 4 = 20 / 24. nps
   * has data on six renewals only.
   */
  private static List<LabeledRenewal> history(double... healthScores) {
    double[] usage = {10, 20, 30, 60, 40, 50, 70, 80, 90, 30};
    double[] engagement = {10, 50, 60, 70, 20, 30, 40, 80, 90, 65};
    double[] csat = {50, 60, 70, 80, 50, 60, 70, 80, 65, 65};
    double[] support = {90, 80, 85, 95, 10, 20, 30, 40, 50, 60};
    Double[] nps = {0.0, 10.0, null, null, 50.0, 60.0, 70.0, 80.0, null, null};
    Renewals r = new Renewals();
    for (int i = 0; i < 10; i++) {
      List<Object> pairs = new ArrayList<>(List.of(
          "usage", usage[i], "engagement", engagement[i], "csat", csat[i], "support", support[i]));
      if (nps[i] != null) {
        pairs.addAll(List.of("nps", nps[i]));
      }
      if (healthScores.length > 0) {
        pairs.addAll(List.of("health_score", healthScores[i]));
      }
      r.add(i, i < 4, pairs.toArray());
    }
    return r.list();
  }

  private static final double[] COMPOSITE = {35, 45, 55, 65, 40, 60, 70, 75, 80, 85};

  @Test
  void eachMeasureGetsItsAucLiftAndVerdict() {
    KpiValidationReport report = new KpiValidation().validate(history(COMPOSITE));
    assertEquals(10, report.renewals());
    assertEquals(4, report.churned());
    assertEquals(List.of("usage", "engagement", "csat", "support", "nps"),
        report.measures().stream().map(Row::feature).toList());

    Row usage = report.row("usage");
    assertEquals(20.5 / 24, usage.auc().value(), 1e-12);
    assertEquals(KpiVerdict.PREDICTIVE, usage.verdict());
    assertEquals(Direction.LOWER_SCORE_CHURNED_MORE, usage.direction());
    // Worst 20% = the two lowest, 10 and 20, both churned: 1 ÷ base rate 0.4.
    assertEquals(2.5, usage.worstFifthLift().value(), 1e-12);
    assertEquals("lower scores churned more (AUC 0.85)", usage.reason());

    assertEquals(KpiVerdict.WEAK, report.row("engagement").verdict());
    Row csat = report.row("csat");
    assertEquals(0.5, csat.auc().value(), 1e-12);
    assertEquals(KpiVerdict.PREDICTS_NOTHING, csat.verdict());
    assertEquals(Direction.NONE, csat.direction());
    // The two lowest csat scores tie at 50, one churned and one renewed: 0.5 ÷ 0.4.
    assertEquals(1.25, csat.worstFifthLift().value(), 1e-12);
    Row support = report.row("support");
    assertEquals(KpiVerdict.REVERSED, support.verdict());
    assertEquals(Direction.HIGHER_SCORE_CHURNED_MORE, support.direction());
    assertEquals(0.0, support.worstFifthLift().value(), 1e-12);

    Row nps = report.row("nps");
    assertEquals(6, nps.withData());
    assertFalse(nps.enoughData());
    assertEquals(KpiVerdict.PREDICTS_NOTHING, nps.verdict());
    assertEquals("too few renewals with data: 6 (2 churned, 4 renewed); at least 10 with 3 churned and 3 renewed needed",
        nps.reason());
    assertEquals(20.0 / 24, report.composite().auc().value(), 1e-12);
  }

  @Test
  void theCompositeVerdictNamesTheWeightedMeasuresThatPredictNothing() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("usage", 50.0);
    weights.put("csat", 34.0);
    weights.put("support", 16.0);
    KpiValidationReport report = new KpiValidation("health_score", weights).validate(history(COMPOSITE));
    assertFalse(report.compositeBeatsEveryMeasure());
    assertEquals(
        "health_score (AUC 0.83) does not beat every single measure: weights give 34% to csat, which predicts"
            + " nothing here (AUC 0.50); weights give 16% to support, whose higher scores churned more here (AUC"
            + " 0.00); usage (0.85) alone separates better than the composite (0.83)",
        report.compositeVerdict());
  }

  @Test
  void withoutWeightsTheVerdictStillNamesTheMeasuresThatPredictNothing() {
    assertEquals(
        "health_score (AUC 0.83) does not beat every single measure: csat, which predicts nothing here (AUC"
            + " 0.50), may dilute the composite; support, whose higher scores churned more here (AUC 0.00), may"
            + " dilute the composite; usage (0.85) alone separates better than the composite (0.83)",
        new KpiValidation().validate(history(COMPOSITE)).compositeVerdict());
    // Weighted only on sound measures: the verdict says the best one gets too little weight.
    assertEquals(
        "health_score (AUC 0.83) does not beat every single measure: usage (0.85) alone separates better than"
            + " the composite (0.83); weights give usage only 10%",
        new KpiValidation("health_score", Map.of("usage", 10.0, "engagement", 90.0))
            .validate(history(COMPOSITE))
            .compositeVerdict());
  }

  @Test
  void aCompositeAboveEveryMeasureSaysSo() {
    double[] perfect = {10, 20, 30, 40, 60, 70, 80, 90, 95, 99};
    KpiValidationReport report = new KpiValidation().validate(history(perfect));
    assertTrue(report.compositeBeatsEveryMeasure());
    assertEquals("health_score (AUC 1.00) beats every single measure; the best alone is usage (AUC 0.85)",
        report.compositeVerdict());
  }

  @Test
  void aCompositeWithoutDataCannotBeCompared() {
    KpiValidationReport report = new KpiValidation().validate(history());
    assertFalse(report.compositeBeatsEveryMeasure());
    assertEquals(0, report.composite().withData());
    assertEquals("health_score cannot be compared with the single measures: too few renewals with data: 0 (0 churned,"
        + " 0 renewed); at least 10 with 3 churned and 3 renewed needed", report.compositeVerdict());
  }

  @Test
  void aBetterMeasureOnFewerAccountsShowsItsCoverage() {
    Renewals r = new Renewals();
    for (int i = 0; i < 20; i++) {
      boolean churned = i % 4 == 0;
      List<Object> pairs = new ArrayList<>(List.of("health_score", churned ? 40.0 + i : 30.0 + 2 * i));
      if (i < 12) {
        pairs.addAll(List.of("nps", churned ? 0.0 : 50.0));
      }
      r.add(i, churned, pairs.toArray());
    }
    KpiValidationReport report = new KpiValidation().validate(r.list());
    assertEquals(1.0, report.row("nps").auc().value());
    assertTrue(report.compositeVerdict().endsWith(
        "nps (1.00, on 12 of the composite's 20 renewals) alone separates better than the composite ("
            + String.format(Locale.ROOT, "%.2f", report.composite().auc().value()) + ")"
            + "; the composite's weights dilute the stronger measures"),
        report.compositeVerdict());
  }

  @Test
  void suggestedWeightsFollowTheEdgeOverACoin() {
    // usage 20.5/24 − 0.5 and engagement 14/24 − 0.5; csat, support and nps get nothing.
    Map<String, Double> suggested = new KpiValidation().validate(history(COMPOSITE)).suggestedWeights().value();
    double usageEdge = 20.5 / 24 - 0.5;
    double engagementEdge = 14.0 / 24 - 0.5;
    assertEquals(List.of("usage", "engagement"), List.copyOf(suggested.keySet()));
    assertEquals(usageEdge / (usageEdge + engagementEdge), suggested.get("usage"), 1e-12);
    assertEquals(engagementEdge / (usageEdge + engagementEdge), suggested.get("engagement"), 1e-12);

    Renewals noise = new Renewals().withScores("csat", true, 50, 60, 70).withScores("csat", false, 50, 60, 70, 55, 65, 60, 60);
    assertEquals("no single measure separates renewed from churned accounts here",
        new KpiValidation().validate(noise.list()).suggestedWeights().reason().orElseThrow());
  }

  @Test
  void verdictThresholdsOnTenChurnedAndTenRenewed() {
    assertEquals(KpiVerdict.PREDICTIVE, verdictForWonPairs(65));
    assertEquals(KpiVerdict.WEAK, verdictForWonPairs(64));
    assertEquals(KpiVerdict.WEAK, verdictForWonPairs(56));
    assertEquals(KpiVerdict.PREDICTS_NOTHING, verdictForWonPairs(55));
    assertEquals(KpiVerdict.PREDICTS_NOTHING, verdictForWonPairs(45));
    assertEquals(KpiVerdict.REVERSED, verdictForWonPairs(44));
  }

  @Test
  void negativeWeightsAndABlankCompositeFail() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KpiValidation("health_score", Map.of("csat", -1.0)));
    assertTrue(e.getMessage().contains("csat"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new KpiValidation(" ", Map.of()));
  }

  /** A measure over 10 churned and 10 renewed whose AUC is {@code won} / 100 exactly. */
  private static KpiVerdict verdictForWonPairs(int won) {
    Renewals r = new Renewals();
    for (int j = 1; j <= 10; j++) {
      r.add(j, false, "m", 10.0 * j);
    }
    for (int i = 0; i < 10; i++) {
      int below = won / 10 + (i < won % 10 ? 1 : 0);
      // Renewed scores above 105 − 10·below: exactly `below` of them.
      r.add(20 + i, true, "m", 105.0 - 10 * below);
    }
    Row row = new KpiValidation().validate(r.list()).row("m");
    assertEquals(won / 100.0, row.auc().value(), 1e-12);
    return row.verdict();
  }
}
