package dev.bellwether.metrics.prediction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains a {@link ChurnRiskModel} on one org's labeled renewals: L2-regularised logistic
 * regression fitted by damped Newton steps (IRLS), deterministic for a given input.
 *
 * <p>Each feature seen in training becomes a standardised value term (mean 0, standard deviation
 * 1, the training mean imputed where an account has no data) and, when some but not all training
 * renewals lack it, a standardised "no data" indicator term, so that "no NPS answer" can carry
 * risk of its own. The intercept is not penalised. Training refuses, with the counts, when there
 * are too few renewals, churned or renewed ones, or when Newton does not converge in its budget.
 */
public final class ChurnModelTrainer {

  public static final int DEFAULT_MIN_RENEWALS = 20;
  public static final int DEFAULT_MIN_CHURNED = 5;
  public static final int DEFAULT_MIN_RENEWED = 5;
  public static final double DEFAULT_L2_PENALTY = 1.0;
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  // A step this small against the coefficients' size is convergence (relative, so large and small
  // coefficients are judged alike).
  private static final double TOLERANCE = 1e-9;
  private static final int MAX_HALVINGS = 40;

  private final double l2Penalty;
  private final int minRenewals;
  private final int minChurned;
  private final int minRenewed;
  private final int maxIterations;

  /** A trainer with the defaults: penalty 1, at least 20 renewals of which 5 churned and 5 renewed. */
  public ChurnModelTrainer() {
    this(DEFAULT_L2_PENALTY, DEFAULT_MIN_RENEWALS, DEFAULT_MIN_CHURNED, DEFAULT_MIN_RENEWED, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * A trainer with its own settings.
   *
   * @param l2Penalty the ridge penalty on standardised coefficients, &gt; 0 (it keeps a perfectly
   *     separable history from driving coefficients to infinity)
   * @param minRenewals fewest renewals to train on
   * @param minChurned fewest churned renewals
   * @param minRenewed fewest renewed renewals
   * @param maxIterations Newton steps allowed before training refuses as not converged
   */
  public ChurnModelTrainer(double l2Penalty, int minRenewals, int minChurned, int minRenewed, int maxIterations) {
    if (!(l2Penalty > 0) || !Double.isFinite(l2Penalty)) {
      throw new IllegalArgumentException("the L2 penalty must be a positive number, was " + l2Penalty);
    }
    if (minRenewals < 2 || minChurned < 1 || minRenewed < 1) {
      throw new IllegalArgumentException(
          "training needs at least 2 renewals with 1 churned and 1 renewed, was set to "
              + minRenewals + ", " + minChurned + ", " + minRenewed);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("training needs at least one iteration, was " + maxIterations);
    }
    this.l2Penalty = l2Penalty;
    this.minRenewals = minRenewals;
    this.minChurned = minChurned;
    this.minRenewed = minRenewed;
    this.maxIterations = maxIterations;
  }

  /** A model trained on {@code renewals}, or the reason there is none. */
  public TrainingResult train(List<LabeledRenewal> renewals) {
    requireUniqueIds(renewals);
    int n = renewals.size();
    int churned = (int) renewals.stream().filter(LabeledRenewal::churned).count();
    int renewed = n - churned;
    if (n < minRenewals || churned < minChurned) {
      return new TrainingResult.Refused(n, churned,
          "not enough history: " + n + " renewals, " + churned + " churned; at least "
              + minRenewals + " renewals and " + minChurned + " churned needed");
    }
    if (renewed < minRenewed) {
      return new TrainingResult.Refused(n, churned,
          "not enough history: " + n + " renewals, " + churned + " churned, " + renewed
              + " renewed; at least " + minRenewed + " renewed needed");
    }
    List<ModelTerm> layout = layout(renewals);
    double[][] z = new double[n][layout.size()];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      FeatureVector features = renewals.get(i).features();
      for (int j = 0; j < layout.size(); j++) {
        z[i][j] = layout.get(j).standardised(features);
      }
      y[i] = renewals.get(i).churned() ? 1 : 0;
    }
    double[] beta = new double[layout.size() + 1];
    beta[0] = Math.log(churned / (double) renewed);
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      double[] step;
      try {
        step = newtonStep(z, y, beta);
      } catch (ArithmeticException e) {
        return new TrainingResult.Refused(n, churned, "training failed numerically: " + e.getMessage());
      }
      double before = objective(z, y, beta);
      double t = 1;
      double[] next = minus(beta, step, t);
      for (int h = 0; h < MAX_HALVINGS && objective(z, y, next) > before; h++) {
        t /= 2;
        next = minus(beta, step, t);
      }
      double largestMove = 0;
      double largestCoefficient = 0;
      for (int j = 0; j < beta.length; j++) {
        largestMove = Math.max(largestMove, Math.abs(next[j] - beta[j]));
        largestCoefficient = Math.max(largestCoefficient, Math.abs(next[j]));
      }
      beta = next;
      if (largestMove <= TOLERANCE * (1 + largestCoefficient)) {
        return new TrainingResult.Trained(model(layout, beta, n, churned), iteration);
      }
    }
    return new TrainingResult.Refused(n, churned,
        "the churn model did not converge within " + maxIterations + " Newton steps");
  }

  /** The terms with their centers and scales, coefficients still 0. */
  private static List<ModelTerm> layout(List<LabeledRenewal> renewals) {
    Set<String> names = new TreeSet<>();
    renewals.forEach(r -> names.addAll(r.features().values().keySet()));
    int n = renewals.size();
    List<ModelTerm> terms = new ArrayList<>();
    for (String name : names) {
      double sum = 0;
      int present = 0;
      for (LabeledRenewal r : renewals) {
        if (r.features().has(name)) {
          sum += r.features().values().get(name);
          present++;
        }
      }
      double mean = sum / present;
      double squares = 0;
      for (LabeledRenewal r : renewals) {
        double deviation = r.features().value(name).orElse(mean) - mean;
        squares += deviation * deviation;
      }
      terms.add(new ModelTerm(name, ModelTerm.Kind.VALUE, mean, scaleOf(squares / n, mean), 0));
      if (present < n) {
        double missingShare = (n - present) / (double) n;
        double variance = missingShare * (1 - missingShare);
        terms.add(new ModelTerm(name, ModelTerm.Kind.MISSING, missingShare, scaleOf(variance, missingShare), 0));
      }
    }
    return terms;
  }

  // A column that does not vary standardises to all zeros whatever the scale; 1 keeps it finite.
  private static double scaleOf(double variance, double center) {
    double sd = Math.sqrt(variance);
    return sd > 1e-12 * Math.max(1, Math.abs(center)) ? sd : 1;
  }

  /** H⁻¹ g for the penalised negative log-likelihood at {@code beta} (index 0 the intercept). */
  private double[] newtonStep(double[][] z, double[] y, double[] beta) {
    int p = beta.length;
    double[] gradient = new double[p];
    double[][] hessian = new double[p][p];
    double[] row = new double[p];
    for (int i = 0; i < z.length; i++) {
      row[0] = 1;
      System.arraycopy(z[i], 0, row, 1, p - 1);
      double mu = ChurnRiskModel.sigmoid(dot(row, beta));
      double w = mu * (1 - mu);
      for (int a = 0; a < p; a++) {
        gradient[a] += (mu - y[i]) * row[a];
        for (int b = 0; b <= a; b++) {
          hessian[a][b] += w * row[a] * row[b];
        }
      }
    }
    for (int a = 1; a < p; a++) {
      gradient[a] += l2Penalty * beta[a];
      hessian[a][a] += l2Penalty;
    }
    for (int a = 0; a < p; a++) {
      for (int b = a + 1; b < p; b++) {
        hessian[a][b] = hessian[b][a];
      }
    }
    return CholeskySolver.solve(hessian, gradient);
  }

  private double objective(double[][] z, double[] y, double[] beta) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      double eta = beta[0];
      for (int j = 0; j < z[i].length; j++) {
        eta += beta[j + 1] * z[i][j];
      }
      // log(1 + e^η) − yη, written so that e^x never overflows.
      sum += Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta))) - y[i] * eta;
    }
    for (int j = 1; j < beta.length; j++) {
      sum += l2Penalty / 2 * beta[j] * beta[j];
    }
    return sum;
  }

  private ChurnRiskModel model(List<ModelTerm> layout, double[] beta, int renewals, int churned) {
    List<ModelTerm> terms = new ArrayList<>();
    for (int j = 0; j < layout.size(); j++) {
      ModelTerm t = layout.get(j);
      terms.add(new ModelTerm(t.feature(), t.kind(), t.center(), t.scale(), beta[j + 1]));
    }
    return new ChurnRiskModel(beta[0], terms, renewals, churned, l2Penalty);
  }

  private static double[] minus(double[] beta, double[] step, double t) {
    double[] next = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      next[j] = beta[j] - t * step[j];
    }
    return next;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  static void requireUniqueIds(List<LabeledRenewal> renewals) {
    Set<String> ids = new HashSet<>();
    for (LabeledRenewal r : renewals) {
      if (!ids.add(r.renewalId())) {
        throw new IllegalArgumentException("renewal " + r.renewalId() + " appears twice among the labeled renewals");
      }
    }
  }
}
