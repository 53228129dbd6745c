package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.result.MetricValue;
import java.util.Comparator;
import java.util.List;

/**
 * ROC AUC by ranks: the chance that a churned renewal, drawn at random, has a higher risk score
 * than a renewed one, a tie counting one half. 1 separates perfectly, 0.5 is a coin, 0 separates
 * perfectly the wrong way round.
 */
public final class AreaUnderCurve {

  private AreaUnderCurve() {}

  /** The AUC of {@code outcomes}; not defined unless both churned and renewed ones are present. */
  public static MetricValue<Double> of(List<ScoredOutcome> outcomes) {
    long churned = outcomes.stream().filter(ScoredOutcome::churned).count();
    long renewed = outcomes.size() - churned;
    if (churned == 0 || renewed == 0) {
      return MetricValue.notDefined(
          "AUC needs churned and renewed renewals, had " + churned + " churned and " + renewed + " renewed");
    }
    List<ScoredOutcome> sorted =
        outcomes.stream().sorted(Comparator.comparingDouble(ScoredOutcome::risk)).toList();
    // Mann–Whitney: sum the (mid-)ranks of the churned; tied scores share the mean of their ranks.
    double churnedRankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).risk() == sorted.get(i).risk()) {
        j++;
      }
      double midRank = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        if (sorted.get(k).churned()) {
          churnedRankSum += midRank;
        }
      }
      i = j;
    }
    double pairsWon = churnedRankSum - churned * (churned + 1) / 2.0;
    return MetricValue.of(pairsWon / (churned * (double) renewed));
  }
}
