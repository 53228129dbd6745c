package dev.bellwether.connector.salesforce.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Problems found in one configuration file, collected so a user fixes them all in one go rather
 * than one per start-up.
 */
final class ConfigProblems {
  private record Problem(int line, int order, String text) {}

  private final String file;
  private final KeyLines lines;
  private final List<Problem> problems = new ArrayList<>();

  ConfigProblems(String file, KeyLines lines) {
    this.file = file;
    this.lines = lines;
  }

  /** A problem with the key at {@code path}; the message must not contain a secret value. */
  void add(String path, String message) {
    addAt(lines.lineOf(path), path, message);
  }

  void addAt(int line, String path, String message) {
    problems.add(new Problem(line, problems.size(), file + ":" + line + ": " + path + ": " + message));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void throwIfAny() throws ConfigException {
    if (!problems.isEmpty()) {
      List<String> sorted = problems.stream()
          .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::order))
          .map(Problem::text).toList();
      throw new ConfigException(sorted);
    }
  }
}
