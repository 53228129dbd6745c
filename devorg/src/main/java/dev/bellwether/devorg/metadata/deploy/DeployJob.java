package dev.bellwether.devorg.metadata.deploy;

import java.time.Instant;
import java.util.List;

/**
 * One deploy from request to result. Its state is an immutable {@link DeployResult} replaced
 * under this object's lock, so readers take a consistent snapshot without locking.
 */
final class DeployJob {
  private volatile DeployResult state;
  private byte[] zip;

  DeployJob(String id, byte[] zip, DeployOptions options, String userId, String userName,
      Instant now) {
    this.zip = zip;
    this.state = new DeployResult(id, options, DeployStatus.Pending, userId, userName, now, null,
        null, now, null, null, null, null, List.of(), List.of());
  }

  String id() {
    return state.id();
  }

  DeployResult snapshot() {
    return state;
  }

  /** Moves a pending deploy to InProgress and hands over its zip; null when it was canceled. */
  synchronized byte[] begin(Instant now) {
    if (state.status() != DeployStatus.Pending) {
      return null;
    }
    state = state.withStatus(DeployStatus.InProgress, now);
    byte[] content = zip;
    zip = null;
    return content;
  }

  synchronized void finish(ZipDeployer.Outcome outcome, Instant now) {
    DeployResult s = state;
    state = new DeployResult(s.id(), s.options(), outcome.status(), s.createdBy(),
        s.createdByName(), s.createdDate(), s.startDate(), now, now, s.canceledBy(),
        s.canceledByName(), null, null, outcome.successes(), outcome.failures());
  }

  /**
   * Cancels a deploy that has not started. One already running is left to finish: devorg
   * installs a whole deploy in one short step, so there is no safe point to stop at.
   */
  synchronized DeployResult cancel(String userId, String userName, Instant now) {
    DeployResult s = state;
    if (s.status() == DeployStatus.Pending) {
      zip = null;
      state = new DeployResult(s.id(), s.options(), DeployStatus.Canceled, s.createdBy(),
          s.createdByName(), s.createdDate(), s.startDate(), now, now, userId, userName, null,
          null, List.of(), List.of());
    }
    return state;
  }
}
