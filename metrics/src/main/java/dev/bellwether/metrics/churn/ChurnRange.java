package dev.bellwether.metrics.churn;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code from} through {@code to}, both included, in the org's calendar. */
record ChurnRange(LocalDate from, LocalDate to) {
  ChurnRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a churn date range must not end (" + to
          + ") before it starts (" + from + ")");
    }
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public String toString() {
    return from + " to " + to;
  }
}
