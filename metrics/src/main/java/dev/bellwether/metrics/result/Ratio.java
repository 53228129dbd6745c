package dev.bellwether.metrics.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A share or rate kept as numerator over a positive denominator, so invariants (GRR ≤ 1) can be
 * checked exactly and readers can see what was counted.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) implements Comparable<Ratio> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException(
          "a ratio needs a positive denominator, was " + denominator.toPlainString()
              + "; use Ratio.of to get 'not defined' instead");
    }
  }

  /** {@code numerator ÷ denominator}, or not defined for {@code whenEmpty} if the denominator is 0. */
  public static MetricValue<Ratio> of(BigDecimal numerator, BigDecimal denominator, String whenEmpty) {
    if (denominator.signum() == 0) {
      return MetricValue.notDefined(whenEmpty);
    }
    return MetricValue.of(new Ratio(numerator, denominator));
  }

  /** A count over a count, or not defined for {@code whenEmpty} if {@code denominator} is 0. */
  public static MetricValue<Ratio> of(long numerator, long denominator, String whenEmpty) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), whenEmpty);
  }

  /** The quotient to 16 significant digits. */
  public BigDecimal value() {
    return numerator.divide(denominator, MathContext.DECIMAL64);
  }

  /** The quotient in percent to 16 significant digits. */
  public BigDecimal percent() {
    return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64);
  }

  /** {@code 1 − this}, over the same denominator (retention to churn). */
  public Ratio complement() {
    return new Ratio(denominator.subtract(numerator), denominator);
  }

  /** Compares the exact quotients, without rounding. */
  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Whether the exact quotient equals {@code numerator ÷ denominator}. */
  public boolean isEqualTo(long numerator, long denominator) {
    return compareTo(new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator))) == 0;
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
