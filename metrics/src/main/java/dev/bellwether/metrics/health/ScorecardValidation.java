package dev.bellwether.metrics.health;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link ScorecardValidator} found: every problem, or the scorecards when there is none.
 *
 * @param problems every problem, in the order of the draft
 * @param scorecards the scorecards; present exactly when there is no problem
 */
public record ScorecardValidation(List<ScorecardProblem> problems, Optional<ScorecardSet> scorecards) {

  public ScorecardValidation {
    problems = List.copyOf(problems);
    if (problems.isEmpty() == scorecards.isEmpty()) {
      throw new IllegalArgumentException("a validation has either problems or scorecards");
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * The scorecards.
   *
   * @throws IllegalArgumentException listing every problem, one a line, when there are any
   */
  public ScorecardSet orElseThrow() {
    return scorecards.orElseThrow(() -> new IllegalArgumentException("invalid scorecards:\n"
        + problems.stream().map(ScorecardProblem::toString).collect(Collectors.joining("\n"))));
  }
}
