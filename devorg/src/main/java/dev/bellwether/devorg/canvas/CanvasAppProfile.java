package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.store.Ids;

/**
 * What Salesforce knows about a Canvas app beyond its connected app: API name, the
 * CanvasApp (06P) and reference (09H) ids, and the URL the signed request is POSTed to.
 *
 * @param canvasUrl the registered canvas URL without its #fragment, which Salesforce strips
 */
public record CanvasAppProfile(ConnectedApp app, String developerName, String applicationId,
    String referenceId, String canvasUrl) {

  /** The profile of a registered app; ids are derived from the consumer key so they stay stable. */
  public static CanvasAppProfile of(ConnectedApp app) {
    // Connected apps carry no record id here; hashing the consumer key gives ids that survive
    // restarts and re-registration, which apps that cache applicationId rely on.
    long sequence = Integer.toUnsignedLong(app.clientId().hashCode()) + 1;
    String url = app.canvasUrl();
    int hash = url == null ? -1 : url.indexOf('#');
    return new CanvasAppProfile(app, developerName(app.name()), Ids.of("06P", sequence),
        Ids.of("09H", sequence), hash < 0 ? url : url.substring(0, hash));
  }

  /** "Bellwether Panel" → "Bellwether_Panel": Salesforce API names allow letters, digits, '_'. */
  static String developerName(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.trim().toCharArray()) {
      boolean ok = c < 128 && Character.isLetterOrDigit(c);
      if (ok) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
      out.setLength(out.length() - 1);
    }
    if (out.length() == 0) {
      return "App";
    }
    if (!Character.isLetter(out.charAt(0))) {
      out.insert(0, "App_");
    }
    return out.toString();
  }
}
