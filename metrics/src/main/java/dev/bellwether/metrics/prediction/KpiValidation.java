package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.prediction.KpiValidationReport.Direction;
import dev.bellwether.metrics.prediction.KpiValidationReport.Row;
import dev.bellwether.metrics.result.MetricValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges each health measure and the composite score by how well it separated renewed from
 * churned accounts in the org's labeled renewals (features taken 90 days before each renewal).
 *
 * <p>For each feature, over the renewals whose account had data for it: the AUC of "lower score
 * = more churn" (a good health measure has AUC &gt; 0.5) and the lift of churn among the
 * worst-scored 20% (⌈0.2 × n⌉ lowest scores, ties at the cut shared) over the churn rate of all
 * of them. The verdict:
 *
 * <ul>
 *   <li>fewer than {@value #MIN_WITH_DATA} renewals with data, or fewer than {@value
 *       #MIN_EACH_OUTCOME} churned or renewed among them: predicts nothing (too few data);
 *   <li>AUC ≥ {@value #PREDICTIVE_FROM}: predictive;
 *   <li>{@value #NOTHING_HIGH} &lt; AUC &lt; {@value #PREDICTIVE_FROM}: weak;
 *   <li>{@value #NOTHING_LOW} ≤ AUC ≤ {@value #NOTHING_HIGH}: predicts nothing;
 *   <li>AUC &lt; {@value #NOTHING_LOW}: reversed (higher scores churned more).
 * </ul>
 *
 * The composite beats every single measure when its AUC is above each judged measure's; when it
 * does not, the verdict names the measures that separate better and the weighted measures that
 * predict nothing or point the wrong way.
 */
public final class KpiValidation {

  public static final String DEFAULT_COMPOSITE = "health_score";
  public static final int MIN_WITH_DATA = 10;
  public static final int MIN_EACH_OUTCOME = 3;
  public static final double PREDICTIVE_FROM = 0.65;
  public static final double NOTHING_HIGH = 0.55;
  public static final double NOTHING_LOW = 0.45;
  public static final double WORST_SHARE = 0.20;

  private final String compositeFeature;
  private final Map<String, Double> weights;

  /** Validation of the {@code health_score} composite, without the scorecard's weights. */
  public KpiValidation() {
    this(DEFAULT_COMPOSITE, Map.of());
  }

  /**
   * Validation of {@code compositeFeature}, every other feature being a single measure.
   *
   * @param compositeFeature the composite score's feature name
   * @param weights the scorecard's weight per measure (any scale; empty when unknown), used to
   *     explain why the composite does not beat a measure
   */
  public KpiValidation(String compositeFeature, Map<String, Double> weights) {
    if (compositeFeature == null || compositeFeature.isBlank()) {
      throw new IllegalArgumentException("KPI validation needs the composite's feature name, was '" + compositeFeature + "'");
    }
    Objects.requireNonNull(weights, "weights");
    weights.forEach(
        (measure, w) -> {
          if (w == null || !(w >= 0) || !Double.isFinite(w)) {
            throw new IllegalArgumentException("weight of measure '" + measure + "' must be a number ≥ 0, was " + w);
          }
        });
    this.compositeFeature = compositeFeature;
    this.weights = new TreeMap<>(weights);
  }

  /** The report over {@code renewals}. */
  public KpiValidationReport validate(List<LabeledRenewal> renewals) {
    ChurnModelTrainer.requireUniqueIds(renewals);
    Set<String> names = new TreeSet<>();
    renewals.forEach(r -> names.addAll(r.features().values().keySet()));
    names.remove(compositeFeature);
    List<Row> measures = new ArrayList<>();
    for (String name : names) {
      measures.add(row(name, renewals));
    }
    measures.sort(
        Comparator.comparing((Row r) -> !r.enoughData())
            .thenComparingDouble(r -> r.auc().isDefined() ? -r.auc().value() : Double.POSITIVE_INFINITY)
            .thenComparing(Row::feature));
    Row composite = row(compositeFeature, renewals);
    List<Row> judged = measures.stream().filter(Row::enoughData).toList();
    boolean beats =
        composite.enoughData()
            && !judged.isEmpty()
            && judged.stream().allMatch(m -> composite.auc().value() > m.auc().value());
    int churned = (int) renewals.stream().filter(LabeledRenewal::churned).count();
    return new KpiValidationReport(
        renewals.size(), churned, measures, composite, beats, compositeVerdict(composite, judged, beats),
        suggestedWeights(measures));
  }

  private static Row row(String feature, List<LabeledRenewal> renewals) {
    List<ScoredOutcome> lowFirst = new ArrayList<>();
    for (LabeledRenewal r : renewals) {
      // Negated, so the statistics' "higher = riskier" reads "lower score = riskier".
      r.features().value(feature).ifPresent(v -> lowFirst.add(new ScoredOutcome(-v, r.churned())));
    }
    int withData = lowFirst.size();
    int churned = (int) lowFirst.stream().filter(ScoredOutcome::churned).count();
    MetricValue<Double> auc = AreaUnderCurve.of(lowFirst);
    MetricValue<RiskiestShare> worst = RiskiestShare.of(lowFirst, WORST_SHARE);
    MetricValue<Double> lift = worst.isDefined() ? worst.value().lift() : MetricValue.notDefined(worst.reason().orElseThrow());
    Direction direction =
        !auc.isDefined() || auc.value() == 0.5
            ? Direction.NONE
            : auc.value() > 0.5 ? Direction.LOWER_SCORE_CHURNED_MORE : Direction.HIGHER_SCORE_CHURNED_MORE;
    boolean enough = withData >= MIN_WITH_DATA && churned >= MIN_EACH_OUTCOME && withData - churned >= MIN_EACH_OUTCOME;
    if (!enough) {
      String reason =
          "too few renewals with data: " + withData + " (" + churned + " churned, " + (withData - churned)
              + " renewed); at least " + MIN_WITH_DATA + " with " + MIN_EACH_OUTCOME + " churned and "
              + MIN_EACH_OUTCOME + " renewed needed";
      return new Row(feature, withData, churned, false, auc, direction, lift, KpiVerdict.PREDICTS_NOTHING, reason);
    }
    double a = auc.value();
    KpiVerdict verdict;
    String reason;
    if (a >= PREDICTIVE_FROM) {
      verdict = KpiVerdict.PREDICTIVE;
      reason = "lower scores churned more (AUC " + two(a) + ")";
    } else if (a > NOTHING_HIGH) {
      verdict = KpiVerdict.WEAK;
      reason = "lower scores churned slightly more (AUC " + two(a) + ")";
    } else if (a >= NOTHING_LOW) {
      verdict = KpiVerdict.PREDICTS_NOTHING;
      reason = "renewed and churned accounts scored alike (AUC " + two(a) + ")";
    } else {
      verdict = KpiVerdict.REVERSED;
      reason = "higher scores churned more (AUC " + two(a) + "); check the measure's thresholds";
    }
    return new Row(feature, withData, churned, true, auc, direction, lift, verdict, reason);
  }

  private String compositeVerdict(Row composite, List<Row> judged, boolean beats) {
    String name = composite.feature();
    if (!composite.enoughData()) {
      return name + " cannot be compared with the single measures: " + composite.reason();
    }
    double auc = composite.auc().value();
    if (judged.isEmpty()) {
      return name + " (AUC " + two(auc) + ") has no single measure with enough data to compare against";
    }
    if (beats) {
      Row best = judged.get(0);
      return name + " (AUC " + two(auc) + ") beats every single measure; the best alone is " + best.feature()
          + " (AUC " + two(best.auc().value()) + ")";
    }
    List<String> why = new ArrayList<>(weakLinks(judged));
    List<Row> better = judged.stream().filter(m -> m.auc().value() >= auc).toList();
    List<String> named = new ArrayList<>();
    for (Row m : better) {
      String coverage =
          m.withData() < composite.withData()
              ? ", on " + m.withData() + " of the composite's " + composite.withData() + " renewals"
              : "";
      named.add(m.feature() + " (" + two(m.auc().value()) + coverage + ")");
    }
    boolean strictly = better.stream().allMatch(m -> m.auc().value() > auc);
    String verb = better.size() == 1 ? "separates" : "separate";
    why.add(String.join(" and ", named) + " alone " + verb + (strictly ? " better than" : " at least as well as")
        + " the composite (" + two(auc) + ")");
    if (why.size() == 1) {
      Row best = better.get(0);
      why.add(
          weights.containsKey(best.feature()) && totalWeight() > 0
              ? "weights give " + best.feature() + " only " + percent(weights.get(best.feature()) / totalWeight())
              : "the composite's weights dilute the stronger measures");
    }
    return name + " (AUC " + two(auc) + ") does not beat every single measure: " + String.join("; ", why);
  }

  /** The measures that drag the composite: weighted ones that predict nothing or point the wrong way. */
  private List<String> weakLinks(List<Row> judged) {
    List<String> links = new ArrayList<>();
    double total = totalWeight();
    for (Row m : judged) {
      if (m.verdict() != KpiVerdict.PREDICTS_NOTHING && m.verdict() != KpiVerdict.REVERSED) {
        continue;
      }
      String what =
          m.verdict() == KpiVerdict.REVERSED
              ? "whose higher scores churned more here (AUC " + two(m.auc().value()) + ")"
              : "which predicts nothing here (AUC " + two(m.auc().value()) + ")";
      if (weights.isEmpty()) {
        links.add(m.feature() + ", " + what + ", may dilute the composite");
      } else if (total > 0 && weights.getOrDefault(m.feature(), 0.0) > 0) {
        links.add("weights give " + percent(weights.get(m.feature()) / total) + " to " + m.feature() + ", " + what);
      }
    }
    return links;
  }

  private static MetricValue<Map<String, Double>> suggestedWeights(List<Row> measures) {
    Map<String, Double> raw = new LinkedHashMap<>();
    for (Row m : measures) {
      if (m.verdict() == KpiVerdict.PREDICTIVE || m.verdict() == KpiVerdict.WEAK) {
        raw.put(m.feature(), m.auc().value() - 0.5);
      }
    }
    double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    if (raw.isEmpty() || !(sum > 0)) {
      return MetricValue.notDefined("no single measure separates renewed from churned accounts here");
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    raw.forEach((feature, edge) -> shares.put(feature, edge / sum));
    return MetricValue.of(Collections.unmodifiableMap(shares));
  }

  private double totalWeight() {
    return weights.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
