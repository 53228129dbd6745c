package dev.bellwether.connector.salesforce.config;

import java.util.List;

/**
 * A configuration file that cannot be used. The message lists every problem found, one per line,
 * each as "FILE:LINE: key: what is wrong"; secret values are never shown.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, in file order. */
  public List<String> problems() {
    return problems;
  }
}
