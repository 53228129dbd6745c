package dev.bellwether.metrics.prediction;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The measures of one account on one day, keyed by plain names such as {@code usage}, {@code nps}
 * or {@code health_score}. A missing key means "no data" (no NPS answer, no usage feed), which is
 * not the same as a 0 and may itself carry risk.
 *
 * @param values finite numbers by feature name, kept in name order so every walk over them is
 *     deterministic
 */
public record FeatureVector(Map<String, Double> values) {

  public FeatureVector {
    Objects.requireNonNull(values, "values");
    TreeMap<String, Double> sorted = new TreeMap<>();
    values.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a feature needs a non-blank name, was '" + name + "'");
          }
          if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                "feature '" + name + "' must be a finite number (leave the key out for no data), was " + value);
          }
          sorted.put(name, value);
        });
    values = Collections.unmodifiableMap(sorted);
  }

  /** The features in {@code values}. */
  public static FeatureVector of(Map<String, Double> values) {
    return new FeatureVector(values);
  }

  /** A vector with no data at all. */
  public static FeatureVector empty() {
    return new FeatureVector(Map.of());
  }

  /** The value of {@code feature}, empty when there is no data for it. */
  public OptionalDouble value(String feature) {
    Double value = values.get(feature);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Whether there is data for {@code feature}. */
  public boolean has(String feature) {
    return values.containsKey(feature);
  }
}
