package dev.bellwether.devorg.metadata.deploy;

import java.time.Instant;
import java.util.List;

/**
 * One deploy as checkDeployStatus reports it at a moment: an immutable snapshot, so the SOAP
 * and REST writers never see a deploy change half way through a response.
 */
public record DeployResult(String id, DeployOptions options, DeployStatus status,
    String createdBy, String createdByName, Instant createdDate, Instant startDate,
    Instant completedDate, Instant lastModifiedDate, String canceledBy, String canceledByName,
    String errorMessage, String errorStatusCode, List<DeployMessage> successes,
    List<DeployMessage> failures) {

  public DeployResult {
    successes = List.copyOf(successes);
    failures = List.copyOf(failures);
  }

  public boolean done() {
    return status.done();
  }

  /** True for Succeeded and SucceededPartial, as the Metadata API reports it. */
  public boolean success() {
    return status == DeployStatus.Succeeded || status == DeployStatus.SucceededPartial;
  }

  public int numberComponentsDeployed() {
    return (int) successes.stream().filter(DeployMessage::isComponent).count();
  }

  public int numberComponentErrors() {
    return (int) failures.stream().filter(DeployMessage::isComponent).count();
  }

  public int numberComponentsTotal() {
    return numberComponentsDeployed() + numberComponentErrors();
  }

  /** Tests were requested; devorg runs no Apex, so none run even then. */
  public boolean runTestsEnabled() {
    return false;
  }

  /** A copy in another status, e.g. Pending → InProgress. */
  DeployResult withStatus(DeployStatus next, Instant at) {
    return new DeployResult(id, options, next, createdBy, createdByName, createdDate,
        next == DeployStatus.InProgress ? at : startDate, next.done() ? at : completedDate, at,
        canceledBy, canceledByName, errorMessage, errorStatusCode, successes, failures);
  }
}
