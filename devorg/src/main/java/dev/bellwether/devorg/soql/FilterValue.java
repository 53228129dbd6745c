package dev.bellwether.devorg.soql;

/**
 * The right-hand side of a comparison after type checks: either a constant already in the
 * stored Java type of the compared value (null for SOQL null), or a relative date literal
 * whose days depend on when the query runs.
 */
record FilterValue(Object constant, DateLiteral relative, int n) {
  static FilterValue of(Object constant) {
    return new FilterValue(constant, null, 0);
  }

  boolean isRelative() {
    return relative != null;
  }
}
