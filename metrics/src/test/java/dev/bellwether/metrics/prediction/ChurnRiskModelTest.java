package dev.bellwether.metrics.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChurnRiskModelTest {

  // A hand-written model: NPS with its no-data term, and usage.
  private static final ChurnRiskModel MODEL =
      new ChurnRiskModel(
          -1.0,
          List.of(
              new ModelTerm("nps", ModelTerm.Kind.VALUE, 20, 40, -0.8),
              new ModelTerm("nps", ModelTerm.Kind.MISSING, 0.25, 0.5, 0.6),
              new ModelTerm("usage", ModelTerm.Kind.VALUE, 50, 10, -2.0)),
          40,
          10,
          1.0);

  @Test
  void predictionAndExplanationByHand() {
    // usage 30: −2·(30 − 50)/10 = +4. No NPS: value term at its mean (0) + missing 0.6·(1 − 0.25)/0.5 = +0.9.
    // log-odds −1 + 4 + 0.9 = 3.9.
    FeatureVector account = FeatureVector.of(Map.of("usage", 30.0));
    RiskExplanation why = MODEL.explain(account);
    assertEquals(3.9, why.logOdds(), 1e-12);
    assertEquals(1 / (1 + Math.exp(-3.9)), MODEL.predict(account), 1e-12);
    assertEquals(List.of("usage", "nps"), why.contributions().stream().map(Contribution::feature).toList());
    assertEquals(4.0, why.contributions().get(0).contribution(), 1e-12);
    assertEquals(30.0, why.contributions().get(0).value().orElseThrow());
    assertEquals(0.9, why.contributions().get(1).contribution(), 1e-12);
    assertTrue(why.contributions().get(1).value().isEmpty());
    assertEquals(Contribution.Direction.RAISES_RISK, why.contributions().get(1).direction());

    // NPS 60: −0.8·(60 − 20)/40 = −0.8, missing 0.6·(0 − 0.25)/0.5 = −0.3; usage 50 adds 0.
    RiskExplanation promoter = MODEL.explain(FeatureVector.of(Map.of("usage", 50.0, "nps", 60.0, "other", 1.0)));
    assertEquals(-2.1, promoter.logOdds(), 1e-12);
    assertEquals(-1.1, promoter.top(1).get(0).contribution(), 1e-12);
    assertEquals(Contribution.Direction.LOWERS_RISK, promoter.top(1).get(0).direction());
    assertEquals(Contribution.Direction.NEUTRAL, promoter.contributions().get(1).direction());
    assertEquals(2, promoter.contributions().size(), "features the model was not trained on are ignored");
  }

  @Test
  void survivesARoundTripThroughPlainMaps() {
    Map<String, Object> map = MODEL.toMap();
    assertEquals(1, map.get("format"));
    assertEquals(MODEL, ChurnRiskModel.fromMap(map));
    ChurnRiskModel trained = ChurnModelTrainerTest.trained(new ChurnModelTrainer(), Renewals.separable(3, 80));
    assertEquals(trained, ChurnRiskModel.fromMap(trained.toMap()));
  }

  @Test
  void aBrokenMapFailsNamingTheEntry() {
    Map<String, Object> map = new LinkedHashMap<>(MODEL.toMap());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> terms = new ArrayList<>((List<Map<String, Object>>) map.get("terms"));
    Map<String, Object> second = new LinkedHashMap<>(terms.get(1));
    second.put("scale", "wide");
    terms.set(1, second);
    map.put("terms", terms);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChurnRiskModel.fromMap(map));
    assertEquals("churn model terms[1]: 'scale' must be a number, was wide", e.getMessage());

    Map<String, Object> future = new LinkedHashMap<>(MODEL.toMap());
    future.put("format", 2);
    assertThrows(IllegalArgumentException.class, () -> ChurnRiskModel.fromMap(future));
    assertThrows(IllegalArgumentException.class, () -> new ModelTerm("nps", ModelTerm.Kind.VALUE, 0, 0, 1));
  }

  @Property(tries = 300)
  void predictionsAreProbabilities(@ForAll("models") ChurnRiskModel model, @ForAll("accounts") FeatureVector account) {
    double p = model.predict(account);
    assertTrue(p >= 0 && p <= 1, "prediction " + p);
  }

  @Property(tries = 300)
  void contributionsAddUpToTheLogOddsMinusTheIntercept(
      @ForAll("models") ChurnRiskModel model, @ForAll("accounts") FeatureVector account) {
    RiskExplanation why = model.explain(account);
    double sum = why.contributions().stream().mapToDouble(Contribution::contribution).sum();
    assertEquals(why.logOdds() - why.intercept(), sum, 1e-9 * (1 + Math.abs(why.logOdds())));
    for (int i = 1; i < why.contributions().size(); i++) {
      assertTrue(Math.abs(why.contributions().get(i - 1).contribution())
          >= Math.abs(why.contributions().get(i).contribution()));
    }
  }

  @Provide
  Arbitrary<ChurnRiskModel> models() {
    Arbitrary<Double> coefficient = Arbitraries.doubles().between(-50, 50);
    Arbitrary<ModelTerm> value = Combinators.combine(
            Arbitraries.of("usage", "nps", "csat"), Arbitraries.doubles().between(0, 100),
            Arbitraries.doubles().between(0.01, 50), coefficient)
        .as((f, center, scale, c) -> new ModelTerm(f, ModelTerm.Kind.VALUE, center, scale, c));
    Arbitrary<ModelTerm> missing = Combinators.combine(
            Arbitraries.of("usage", "nps", "csat"), Arbitraries.doubles().between(0.01, 0.99), coefficient)
        .as((f, share, c) -> new ModelTerm(f, ModelTerm.Kind.MISSING, share, Math.sqrt(share * (1 - share)), c));
    Arbitrary<List<ModelTerm>> terms = Arbitraries.oneOf(value, missing).list().ofMaxSize(6)
        .uniqueElements(t -> t.feature() + t.kind());
    return Combinators.combine(Arbitraries.doubles().between(-10, 10), terms)
        .as((intercept, t) -> new ChurnRiskModel(intercept, t, 100, 20, 1.0));
  }

  @Provide
  Arbitrary<FeatureVector> accounts() {
    return Arbitraries.maps(Arbitraries.of("usage", "nps", "csat", "other"), Arbitraries.doubles().between(-1e6, 1e6))
        .ofMaxSize(4)
        .map(FeatureVector::of);
  }
}
