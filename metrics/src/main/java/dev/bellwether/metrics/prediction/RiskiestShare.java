package dev.bellwether.metrics.prediction;

import dev.bellwether.metrics.result.MetricValue;
import java.util.Comparator;
import java.util.List;

/**
 * How often the riskiest share of renewals (e.g. the top 10% by predicted risk) really churned,
 * beside the base churn rate of all of them.
 *
 * <p>The share holds ⌈share × n⌉ renewals (at least one). Renewals tied on the score at the cut
 * take the remaining places pro rata, so {@link #churnedInShare()} is the expected count under a
 * random tie-break and may be fractional: a score that cannot tell renewals apart earns no credit
 * for the order they happened to be listed in.
 *
 * @param share the fraction asked for, in (0, 1]
 * @param count renewals in the share
 * @param churnedInShare churned renewals in the share (expected, with ties at the cut shared)
 * @param precision {@code churnedInShare ÷ count}
 * @param baseRate churned ÷ all renewals scored
 * @param lift {@code precision ÷ baseRate}; not defined when nothing churned
 */
public record RiskiestShare(
    double share, int count, double churnedInShare, double precision, double baseRate, MetricValue<Double> lift) {

  /** The riskiest {@code share} of {@code outcomes}; not defined when there are none. */
  public static MetricValue<RiskiestShare> of(List<ScoredOutcome> outcomes, double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("the riskiest share must lie in (0, 1], was " + share);
    }
    if (outcomes.isEmpty()) {
      return MetricValue.notDefined("no renewal to rank");
    }
    int n = outcomes.size();
    // The epsilon keeps 10% of 30 at 3 although 0.1 × 30 is 3.0000000000000004 in binary.
    int count = Math.max(1, (int) Math.ceil(share * n - 1e-9));
    List<ScoredOutcome> riskiestFirst =
        outcomes.stream().sorted(Comparator.comparingDouble(ScoredOutcome::risk).reversed()).toList();
    double churnedInShare = 0;
    int taken = 0;
    int i = 0;
    while (taken < count) {
      int j = i;
      int churnedInGroup = 0;
      while (j < n && riskiestFirst.get(j).risk() == riskiestFirst.get(i).risk()) {
        churnedInGroup += riskiestFirst.get(j).churned() ? 1 : 0;
        j++;
      }
      int group = j - i;
      int places = Math.min(group, count - taken);
      churnedInShare += churnedInGroup * (double) places / group;
      taken += places;
      i = j;
    }
    long churned = outcomes.stream().filter(ScoredOutcome::churned).count();
    double baseRate = churned / (double) n;
    double precision = churnedInShare / count;
    MetricValue<Double> lift =
        churned == 0
            ? MetricValue.notDefined("no renewal churned, so there is no base rate to lift")
            : MetricValue.of(precision / baseRate);
    return MetricValue.of(new RiskiestShare(share, count, churnedInShare, precision, baseRate, lift));
  }
}
