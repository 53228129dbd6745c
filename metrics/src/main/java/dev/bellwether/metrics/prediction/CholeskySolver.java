package dev.bellwether.metrics.prediction;

/** Solves A x = b for a symmetric positive-definite A (the penalised Newton system). */
final class CholeskySolver {

  private CholeskySolver() {}

  /**
   * The solution of {@code a x = b}.
   *
   * @throws ArithmeticException when {@code a} is not positive definite
   */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new ArithmeticException("matrix is not positive definite at row " + i + " (pivot " + sum + ")");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }
}
