package dev.bellwether.service.canvas;

import java.util.List;

/** The {@code canvas:} section has problems, each as {@code FILE:LINE: key: message}. */
public final class CanvasConfigException extends Exception {
  private final List<String> problems;

  public CanvasConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
