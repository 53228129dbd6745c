package dev.bellwether.devorg.metadata;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a project's .forceignore keeps out of deploys, so devorg loads what
 * {@code sf project deploy start} would send. Supports the gitignore subset SFDX projects use:
 * comments, {@code *} and {@code **}, a leading {@code /} to anchor at the project root, a
 * trailing {@code /} for folders, and {@code !} to re-include; the last matching line wins.
 */
final class ForceIgnore {
  private final List<Rule> rules;

  private ForceIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  /** The rules of projectDir/.forceignore; none when the file does not exist. */
  static ForceIgnore of(Path projectDir) throws IOException {
    Path file = projectDir.resolve(".forceignore");
    List<Rule> rules = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (String raw : Files.readAllLines(file)) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        boolean include = line.startsWith("!");
        String pattern = include ? line.substring(1) : line;
        if (pattern.endsWith("/")) {
          pattern = pattern.substring(0, pattern.length() - 1);
        }
        boolean anchored = pattern.startsWith("/") || pattern.contains("/");
        pattern = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (!pattern.isEmpty()) {
          rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + pattern), anchored,
              include));
        }
      }
    }
    return new ForceIgnore(rules);
  }

  /** Whether a project-relative path is ignored, itself or through one of its folders. */
  boolean ignores(Path relative) {
    boolean ignored = false;
    for (Rule r : rules) {
      if (r.matches(relative)) {
        ignored = !r.include;
      }
    }
    return ignored;
  }

  /** One line of the file. Unanchored patterns match a file or folder name at any depth. */
  private record Rule(PathMatcher matcher, boolean anchored, boolean include) {
    boolean matches(Path relative) {
      for (int i = 1; i <= relative.getNameCount(); i++) {
        Path prefix = relative.subpath(0, i);
        if (anchored ? matcher.matches(prefix) : matcher.matches(prefix.getFileName())) {
          return true;
        }
      }
      return false;
    }
  }
}
