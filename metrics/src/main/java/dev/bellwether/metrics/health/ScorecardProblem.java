package dev.bellwether.metrics.health;

import java.util.Objects;

/**
 * One problem in a scorecard draft, at a dotted path such as {@code scorecards[1].measures.nps.weight}
 * that a YAML loader turns into a file line.
 *
 * @param path where the problem is
 * @param message what is wrong, with the value found and what would be right
 */
public record ScorecardProblem(String path, String message) {

  public ScorecardProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
