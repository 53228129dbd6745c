package dev.bellwether.service.scorecards;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scorecards document that cannot be used. The message lists every problem, one a line, as
 * {@code FILE:LINE: path: message}, so an admin fixes them all in one go.
 */
public final class ScorecardsException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ScorecardsProblem> problems;

  public ScorecardsException(List<ScorecardsProblem> problems) {
    super(problems.stream().map(ScorecardsProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in line order. */
  public List<ScorecardsProblem> problems() {
    return problems;
  }
}
