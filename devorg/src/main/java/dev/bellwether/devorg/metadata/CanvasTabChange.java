package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.org.CanvasTab;
import java.util.Map;

/**
 * A CustomTab whose Aura component (deployed with it) embeds a Canvas app: what the org needs
 * to show the app on the tab's page.
 */
public record CanvasTabChange(ComponentRef source, String name, String label,
    String developerName, Map<String, String> parameters) {

  public CanvasTabChange {
    parameters = Map.copyOf(parameters);
  }

  public CanvasTab toTab() {
    return new CanvasTab(name, label, developerName, parameters);
  }
}
