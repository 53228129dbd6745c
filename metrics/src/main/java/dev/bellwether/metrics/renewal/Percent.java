package dev.bellwether.metrics.renewal;

import java.math.BigDecimal;

/** Checks that a percentage lies in [0, 100]. */
final class Percent {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  static BigDecimal check(BigDecimal value, String what) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          what + " must be a percentage from 0 to 100, was " + value.toPlainString());
    }
    return value;
  }
}
