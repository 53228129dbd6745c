package dev.bellwether.metrics.prediction;

import java.util.Objects;

/**
 * One standardised input of the churn model: {@code coefficient × (x − center) ÷ scale} is added
 * to the log-odds. For a {@link Kind#VALUE} term x is the feature's value, or {@code center} (the
 * training mean) when the account has no data; for a {@link Kind#MISSING} term x is 1 when the
 * account has no data for the feature and 0 when it has.
 *
 * @param feature the input's name, e.g. {@code nps}
 * @param kind whether the term reads the value or its absence
 * @param center the training mean of x (for a value: also the value imputed when missing)
 * @param scale the training standard deviation of x, or 1 where x did not vary
 * @param coefficient the weight on the standardised x, in log-odds per standard deviation
 */
public record ModelTerm(String feature, Kind kind, double center, double scale, double coefficient) {

  /** What a term reads. */
  public enum Kind {
    /** The feature's value, the training mean standing in when there is no data. */
    VALUE,
    /** 1 when there is no data for the feature, 0 when there is. */
    MISSING
  }

  public ModelTerm {
    if (feature == null || feature.isBlank()) {
      throw new IllegalArgumentException("a model term needs a feature name, was '" + feature + "'");
    }
    Objects.requireNonNull(kind, () -> "term " + feature + " needs a kind");
    requireFinite(feature, "center", center);
    requireFinite(feature, "coefficient", coefficient);
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("term " + feature + " (" + kind + ") needs a positive scale, was " + scale);
    }
  }

  /** The standardised input this term reads from {@code features}. */
  public double standardised(FeatureVector features) {
    double x =
        switch (kind) {
          case VALUE -> features.value(feature).orElse(center);
          case MISSING -> features.has(feature) ? 0 : 1;
        };
    return (x - center) / scale;
  }

  /** This term's contribution to the log-odds of {@code features}. */
  public double contribution(FeatureVector features) {
    return coefficient * standardised(features);
  }

  private static void requireFinite(String feature, String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("term " + feature + " needs a finite " + what + ", was " + value);
    }
  }
}
