package dev.bellwether.service.scoring;

import java.util.List;

/** The {@code scoring:} section of a configuration file is not valid; every problem as FILE:LINE: key: message. */
public final class ScoringConfigException extends Exception {
  private final List<String> problems;

  public ScoringConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
