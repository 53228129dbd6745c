package dev.bellwether.sync.mapping;

import java.util.List;

/**
 * A mappings file that cannot be used. The message lists every problem found, one per line, each
 * as "FILE:LINE: key: what is wrong", so a user fixes them all in one go.
 */
public final class MappingsException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public MappingsException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, in file order. */
  public List<String> problems() {
    return problems;
  }
}
