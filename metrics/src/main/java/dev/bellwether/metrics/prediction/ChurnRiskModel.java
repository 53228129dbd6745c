package dev.bellwether.metrics.prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trained churn-risk model, as a value: logistic regression over standardised features, the
 * log-odds being {@code intercept + Σ term contributions}. Features the model was not trained on
 * are ignored; a trained feature with no data takes the training mean and its "no data" term.
 * {@link #toMap()} and {@link #fromMap(Map)} give a plain form the service can store as JSON.
 *
 * @param intercept the log-odds of an account at the training means
 * @param terms the standardised inputs, in feature order (value term before missing term)
 * @param trainedRenewals renewals the model was trained on
 * @param trainedChurned of those, the churned ones
 * @param l2Penalty the ridge penalty used in training (on the standardised coefficients)
 */
public record ChurnRiskModel(
    double intercept, List<ModelTerm> terms, int trainedRenewals, int trainedChurned, double l2Penalty) {

  /** The version of the {@link #toMap()} layout; {@link #fromMap(Map)} refuses others. */
  public static final int FORMAT = 1;

  public ChurnRiskModel {
    if (!Double.isFinite(intercept)) {
      throw new IllegalArgumentException("a churn model needs a finite intercept, was " + intercept);
    }
    terms = List.copyOf(terms);
    Set<String> seen = new HashSet<>();
    for (ModelTerm term : terms) {
      if (!seen.add(term.feature() + "/" + term.kind())) {
        throw new IllegalArgumentException("term " + term.feature() + " (" + term.kind() + ") appears twice");
      }
    }
    if (trainedRenewals < 0 || trainedChurned < 0 || trainedChurned > trainedRenewals) {
      throw new IllegalArgumentException(
          "a churn model needs 0 ≤ churned ≤ renewals, was " + trainedChurned + " of " + trainedRenewals);
    }
    if (!(l2Penalty >= 0) || !Double.isFinite(l2Penalty)) {
      throw new IllegalArgumentException("a churn model needs an L2 penalty ≥ 0, was " + l2Penalty);
    }
  }

  /** The features the model reads, by name. */
  public Set<String> features() {
    Set<String> names = new TreeSet<>();
    terms.forEach(t -> names.add(t.feature()));
    return names;
  }

  /** The churn log-odds of an account with {@code features}. */
  public double logOdds(FeatureVector features) {
    double sum = intercept;
    for (ModelTerm term : terms) {
      sum += term.contribution(features);
    }
    return sum;
  }

  /** The churn probability, in [0, 1], of an account with {@code features}. */
  public double predict(FeatureVector features) {
    return sigmoid(logOdds(features));
  }

  /** The prediction for {@code features} with each feature's contribution, largest first. */
  public RiskExplanation explain(FeatureVector features) {
    Map<String, Double> byFeature = new TreeMap<>();
    for (ModelTerm term : terms) {
      byFeature.merge(term.feature(), term.contribution(features), Double::sum);
    }
    List<Contribution> contributions = new ArrayList<>();
    byFeature.forEach(
        (feature, c) ->
            contributions.add(new Contribution(feature, features.value(feature), c, Contribution.Direction.of(c))));
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution()))
            .thenComparing(Contribution::feature));
    double logOdds = logOdds(features);
    return new RiskExplanation(sigmoid(logOdds), logOdds, intercept, contributions);
  }

  /** The model as plain maps, lists, strings and numbers (a JSON object). */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("format", FORMAT);
    map.put("intercept", intercept);
    map.put("trainedRenewals", trainedRenewals);
    map.put("trainedChurned", trainedChurned);
    map.put("l2Penalty", l2Penalty);
    List<Map<String, Object>> list = new ArrayList<>();
    for (ModelTerm term : terms) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("feature", term.feature());
      t.put("kind", term.kind().name().toLowerCase(Locale.ROOT));
      t.put("center", term.center());
      t.put("scale", term.scale());
      t.put("coefficient", term.coefficient());
      list.add(t);
    }
    map.put("terms", list);
    return map;
  }

  /** The model {@link #toMap()} wrote; a missing or mistyped entry fails naming it. */
  public static ChurnRiskModel fromMap(Map<String, ?> map) {
    int format = (int) number(map, "format", "churn model");
    if (format != FORMAT) {
      throw new IllegalArgumentException("churn model: format " + format + " is not supported (only " + FORMAT + ")");
    }
    if (!(map.get("terms") instanceof List<?> rawTerms)) {
      throw new IllegalArgumentException("churn model: 'terms' must be a list, was " + map.get("terms"));
    }
    List<ModelTerm> terms = new ArrayList<>();
    for (int i = 0; i < rawTerms.size(); i++) {
      String where = "churn model terms[" + i + "]";
      if (!(rawTerms.get(i) instanceof Map<?, ?> t)) {
        throw new IllegalArgumentException(where + " must be an object, was " + rawTerms.get(i));
      }
      if (!(t.get("feature") instanceof String feature)) {
        throw new IllegalArgumentException(where + ".feature must be a string, was " + t.get("feature"));
      }
      ModelTerm.Kind kind;
      try {
        kind = ModelTerm.Kind.valueOf(String.valueOf(t.get("kind")).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ".kind must be 'value' or 'missing', was " + t.get("kind"), e);
      }
      terms.add(
          new ModelTerm(
              feature, kind, number(t, "center", where), number(t, "scale", where), number(t, "coefficient", where)));
    }
    return new ChurnRiskModel(
        number(map, "intercept", "churn model"),
        terms,
        (int) number(map, "trainedRenewals", "churn model"),
        (int) number(map, "trainedChurned", "churn model"),
        number(map, "l2Penalty", "churn model"));
  }

  static double sigmoid(double logOdds) {
    // Both branches keep exp's argument ≤ 0, so neither overflows for extreme log-odds.
    if (logOdds >= 0) {
      return 1 / (1 + Math.exp(-logOdds));
    }
    double e = Math.exp(logOdds);
    return e / (1 + e);
  }

  private static double number(Map<?, ?> map, String key, String where) {
    if (!(map.get(key) instanceof Number n)) {
      throw new IllegalArgumentException(where + ": '" + key + "' must be a number, was " + map.get(key));
    }
    return n.doubleValue();
  }
}
