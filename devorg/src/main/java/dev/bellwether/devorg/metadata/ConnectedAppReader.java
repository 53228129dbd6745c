package dev.bellwether.devorg.metadata;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a ConnectedApp: label, the OAuth consumer key, secret and certificate, and for Canvas
 * apps the canvas URL, access method and locations.
 */
final class ConnectedAppReader {
  private static final Set<String> ACCESS_METHODS = Set.of("Post", "Get");

  ConnectedAppChange read(XmlElement root, String fullName, ComponentRef ref)
      throws MetadataException {
    ComponentElement f = new ComponentElement(root, ref);
    if (!root.name().equals("ConnectedApp")) {
      throw f.problem(root, "the root element is <" + root.name() + ">, expected <ConnectedApp>");
    }
    String label = f.required("label");
    Optional<XmlElement> oauth = root.child("oauthConfig");
    String key = oauth.flatMap(o -> o.text("consumerKey")).orElse(null);
    String secret = oauth.flatMap(o -> o.text("consumerSecret")).orElse(null);
    String certificate = oauth.flatMap(o -> o.text("certificate")).orElse(null);
    String canvasUrl = null;
    String accessMethod = null;
    List<String> locations = new ArrayList<>();
    Optional<XmlElement> canvas = root.child("canvasConfig");
    if (canvas.isPresent()) {
      ComponentElement c = new ComponentElement(canvas.get(), ref);
      canvasUrl = c.required("canvasUrl");
      if (!isHttpUrl(canvasUrl)) {
        throw c.problem(canvas.get().child("canvasUrl").orElseThrow(),
            "<canvasUrl> '" + canvasUrl + "' is not an absolute http(s) URL");
      }
      accessMethod = c.required("accessMethod");
      if (!ACCESS_METHODS.contains(accessMethod)) {
        throw c.problem(canvas.get().child("accessMethod").orElseThrow(),
            "<accessMethod> must be Post (signed request) or Get (OAuth web flow), not '"
                + accessMethod + "'");
      }
      canvas.get().children("locations").forEach(l -> locations.add(l.text()));
    }
    return new ConnectedAppChange(ref, fullName, label, key, secret, certificate, canvasUrl,
        accessMethod, locations);
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI u = URI.create(text);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
