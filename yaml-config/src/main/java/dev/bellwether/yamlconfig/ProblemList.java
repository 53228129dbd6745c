package dev.bellwether.yamlconfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Problems found in one YAML file, collected so a user fixes them all in one go rather than one
 * per start-up; reported as {@code FILE:LINE: key: message}, in line order.
 */
public class ProblemList {
  private record Problem(int line, int order, String text) {}

  private final String file;
  private final KeyLines lines;
  private final List<Problem> problems = new ArrayList<>();

  public ProblemList(String file, KeyLines lines) {
    this.file = file;
    this.lines = lines;
  }

  /** A problem with the key at {@code path}, reported at that key's line; never put a secret in it. */
  public void add(String path, String message) {
    addAt(lines.lineOf(path), path, message);
  }

  public void addAt(int line, String path, String message) {
    problems.add(new Problem(line, problems.size(), file + ":" + line + ": " + path + ": " + message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws the loader's own exception, made from the messages in line order, when there are any. */
  public <E extends Exception> void throwIfAny(Function<List<String>, E> exception) throws E {
    if (!problems.isEmpty()) {
      throw exception.apply(problems.stream()
          .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::order))
          .map(Problem::text).toList());
    }
  }
}
