package dev.bellwether.service.scorecards;

import dev.bellwether.yamlconfig.KeyLines;
import dev.bellwether.yamlconfig.ProblemList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one scorecards document, kept with their line and path as well as as text so
 * the admin API can answer them as JSON.
 */
final class ScorecardProblems extends ProblemList {
  private final String file;
  private final List<ScorecardsProblem> found = new ArrayList<>();

  ScorecardProblems(String file, KeyLines lines) {
    super(file, lines);
    this.file = file;
  }

  @Override
  public void addAt(int line, String path, String message) {
    super.addAt(line, path, message);
    found.add(new ScorecardsProblem(file, line, path, message));
  }

  /** Whether a problem was reported at {@code path} or inside it. */
  boolean covers(String path) {
    return found.stream().anyMatch(p -> !p.path().isEmpty() && (path.equals(p.path())
        || path.startsWith(p.path() + ".") || path.startsWith(p.path() + "[")));
  }

  void throwIfAny() throws ScorecardsException {
    if (!isEmpty()) {
      // Stable: problems on one line keep the order they were found in.
      throw new ScorecardsException(found.stream().sorted(Comparator.comparingInt(ScorecardsProblem::line)).toList());
    }
  }
}
