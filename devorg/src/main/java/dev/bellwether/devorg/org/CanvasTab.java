package dev.bellwether.devorg.org;

import java.util.Map;

/**
 * A Lightning tab whose Aura component embeds a Canvas app (force:canvasApp): the page at
 * /lightning/n/{name} shows that app with the component's fixed Canvas parameters.
 *
 * @param name the tab's API name, as in the URL
 * @param developerName the embedded Canvas app's API name (its connected app's)
 * @param parameters what the component passes as Canvas parameters (environment.parameters)
 */
public record CanvasTab(String name, String label, String developerName,
    Map<String, String> parameters) {

  public CanvasTab {
    parameters = Map.copyOf(parameters);
  }
}
