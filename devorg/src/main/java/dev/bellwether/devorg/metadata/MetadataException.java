package dev.bellwether.devorg.metadata;

import java.util.List;
import java.util.stream.Collectors;

/** Metadata that cannot be used; the message names every file, line and element at fault. */
public final class MetadataException extends Exception {
  private final List<MetadataProblem> problems;

  public MetadataException(List<MetadataProblem> problems) {
    super(problems.stream().map(MetadataProblem::describe).collect(Collectors.joining("\n")),
        null, false, false);
    this.problems = List.copyOf(problems);
  }

  public MetadataException(MetadataProblem problem) {
    this(List.of(problem));
  }

  public List<MetadataProblem> problems() {
    return problems;
  }
}
