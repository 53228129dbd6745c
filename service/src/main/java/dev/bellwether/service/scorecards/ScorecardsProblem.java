package dev.bellwether.service.scorecards;

import java.util.Objects;

/**
 * One problem in a scorecards document: {@code FILE:LINE: path: message}.
 *
 * @param file the document's name, e.g. {@code scorecards.yaml}
 * @param line the 1-based line of the key at fault (or of its nearest written ancestor)
 * @param path the dotted path of the key, e.g. {@code scorecards[1].measures.nps.weight}; empty for
 *     a problem with the whole document, such as invalid YAML
 * @param message what is wrong
 */
public record ScorecardsProblem(String file, int line, String path, String message) {

  public ScorecardsProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE: path: message}, or {@code FILE:LINE: message} without a path. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
