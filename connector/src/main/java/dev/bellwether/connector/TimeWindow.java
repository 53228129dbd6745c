package dev.bellwether.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open window of CRM time, from inclusive to exclusive.
 *
 * @param from the first instant included
 * @param to the first instant not included
 */
public record TimeWindow(Instant from, Instant to) {

  public TimeWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
    }
  }
}
