package dev.bellwether.devorg.metadata;

/**
 * What installing one component did (or would do): created, changed, left unchanged, or
 * failed with a problem.
 */
public record ComponentOutcome(ComponentRef component, Kind kind, MetadataProblem problem) {
  /** The effect on the org, as a deploy reports it. */
  public enum Kind { CREATED, CHANGED, UNCHANGED, FAILED }

  public static ComponentOutcome of(ComponentRef component, Kind kind) {
    return new ComponentOutcome(component, kind, null);
  }

  public static ComponentOutcome failed(MetadataProblem problem) {
    return new ComponentOutcome(problem.component(), Kind.FAILED, problem);
  }

  public static ComponentOutcome failed(ComponentRef component, String message) {
    return failed(MetadataProblem.at(component, 0, message));
  }

  public boolean succeeded() {
    return kind != Kind.FAILED;
  }
}
