package dev.bellwether.devorg.metadata.deploy;

import dev.bellwether.devorg.metadata.ComponentOutcome;
import dev.bellwether.devorg.metadata.ComponentRef;
import dev.bellwether.devorg.metadata.MetadataProblem;
import java.time.Instant;

/**
 * One component's line in a deploy result (the Metadata API's DeployMessage). The Salesforce
 * CLI reads created, changed, deleted and success to label each file Created, Changed,
 * Unchanged or Failed, and matches componentType + fullName to its local files.
 *
 * @param lineNumber 0 when unknown (then not sent)
 * @param columnNumber 0 when unknown (then not sent)
 */
public record DeployMessage(String componentType, String fullName, String fileName,
    boolean changed, boolean created, boolean deleted, boolean success, String problem,
    String problemType, int lineNumber, int columnNumber, Instant createdDate) {

  /** The message for one component's outcome. */
  public static DeployMessage of(ComponentOutcome outcome, Instant at) {
    ComponentRef c = outcome.component();
    switch (outcome.kind()) {
      case CREATED:
        return new DeployMessage(c.type(), c.fullName(), c.fileName(), true, true, false, true,
            null, null, 0, 0, at);
      case CHANGED:
        return new DeployMessage(c.type(), c.fullName(), c.fileName(), true, false, false, true,
            null, null, 0, 0, at);
      case UNCHANGED:
        return new DeployMessage(c.type(), c.fullName(), c.fileName(), false, false, false, true,
            null, null, 0, 0, at);
      default:
        MetadataProblem p = outcome.problem();
        return new DeployMessage(c.type(), c.fullName(), p.fileName(), false, false, false,
            false, p.describe(), "Error", p.line(), p.column(), at);
    }
  }

  /** The success line Salesforce adds for the package manifest itself. */
  public static DeployMessage manifest(Instant at) {
    return new DeployMessage("", "package.xml", "package.xml", true, false, false, true, null,
        null, 0, 0, at);
  }

  /** Whether this line is about a component rather than package.xml. */
  public boolean isComponent() {
    return !fullName.equals("package.xml");
  }
}
