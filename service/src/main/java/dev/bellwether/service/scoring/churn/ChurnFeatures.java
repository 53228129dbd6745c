package dev.bellwether.service.scoring.churn;

import dev.bellwether.metrics.health.HealthScore;
import dev.bellwether.metrics.health.MeasureScore;
import dev.bellwether.metrics.prediction.FeatureVector;
import dev.bellwether.metrics.prediction.KpiValidation;
import java.util.HashMap;
import java.util.Map;

/**
 * The model's features of an account: each health measure's score (0–100, by its key) and the
 * composite score as {@value KpiValidation#DEFAULT_COMPOSITE}; a measure without data is absent.
 */
public final class ChurnFeatures {

  private ChurnFeatures() {}

  public static FeatureVector of(HealthScore score) {
    Map<String, Double> values = new HashMap<>();
    for (MeasureScore m : score.measures()) {
      m.score().ifPresent(v -> values.put(m.measure().key(), v));
    }
    score.score().ifPresent(v -> values.put(KpiValidation.DEFAULT_COMPOSITE, v));
    return FeatureVector.of(values);
  }

  /** The scorecard's weights by measure key, for the KPI report's "weights give x% to" lines. */
  public static Map<String, Double> weights(HealthScore score) {
    Map<String, Double> weights = new HashMap<>();
    for (MeasureScore m : score.measures()) {
      weights.put(m.measure().key(), m.weight());
    }
    return weights;
  }
}
