package dev.bellwether.service.canvas;

import dev.bellwether.connector.salesforce.config.SecretRef;
import java.util.List;
import java.util.Objects;

/**
 * An org registered for panels: its id, where the Canvas connected app's consumer secret lives, and
 * origins besides those in the signed request that may frame the panel.
 *
 * @param orgId the org id, 15 or 18 characters
 * @param consumerSecret the Canvas connected app's consumer secret, by reference (env: or file:)
 * @param frameAncestors extra origins such as https://acme.lightning.force.com, already validated
 */
public record CanvasOrg(String orgId, SecretRef consumerSecret, List<String> frameAncestors) {

  public CanvasOrg {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(consumerSecret, "consumerSecret");
    frameAncestors = List.copyOf(frameAncestors);
  }
}
