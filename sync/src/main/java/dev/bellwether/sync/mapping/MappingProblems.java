package dev.bellwether.sync.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Problems found in one mappings file, collected so that all of them are reported together. */
final class MappingProblems {
  private record Problem(int line, int order, String text) {}

  private final String file;
  private final KeyLines lines;
  private final List<Problem> problems = new ArrayList<>();

  MappingProblems(String file, KeyLines lines) {
    this.file = file;
    this.lines = lines;
  }

  /** A problem with the key at {@code path}, reported at that key's line. */
  void add(String path, String message) {
    addAt(lines.lineOf(path), path, message);
  }

  void addAt(int line, String path, String message) {
    problems.add(new Problem(line, problems.size(), file + ":" + line + ": " + path + ": " + message));
  }

  void throwIfAny() throws MappingsException {
    if (!problems.isEmpty()) {
      throw new MappingsException(problems.stream()
          .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::order))
          .map(Problem::text).toList());
    }
  }
}
