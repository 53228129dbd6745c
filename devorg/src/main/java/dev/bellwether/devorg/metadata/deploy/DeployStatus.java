package dev.bellwether.devorg.metadata.deploy;

/** A deploy's state, with the Metadata API's names (DeployStatus enumeration). */
public enum DeployStatus {
  Pending, InProgress, Succeeded, SucceededPartial, Failed, Canceling, Canceled;

  /** True once the deploy can change no more. */
  public boolean done() {
    return this == Succeeded || this == SucceededPartial || this == Failed || this == Canceled;
  }

  /** The AsyncResult state a deploy in this status reports (Queued, InProgress, Completed, Error). */
  public String asyncState() {
    switch (this) {
      case Pending: return "Queued";
      case InProgress: case Canceling: return "InProgress";
      case Failed: case Canceled: return "Error";
      default: return "Completed";
    }
  }
}
