package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.auth.ConnectedApp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A ConnectedApp component: OAuth client settings and, for Canvas apps, where the app is
 * served and where it may appear.
 *
 * @param consumerKey null when the file leaves it to the org to generate
 * @param canvasUrl null when the app has no canvasConfig
 * @param accessMethod canvasConfig accessMethod: Post (signed request) or Get (OAuth web flow)
 */
public record ConnectedAppChange(ComponentRef source, String fullName, String label,
    String consumerKey, String consumerSecret, String certificate, String canvasUrl,
    String accessMethod, List<String> locations) {

  public ConnectedAppChange {
    locations = List.copyOf(locations);
  }

  /**
   * The app as the org registers it. A missing key or secret is derived from the org id and
   * the app's name rather than drawn at random, so a devorg restarted from the same manifests
   * keeps accepting the credentials its clients were configured with.
   */
  public ConnectedApp toApp(String orgId) {
    String key = consumerKey != null ? consumerKey : "3MVG9devorg." + fullName;
    String secret = consumerSecret != null ? consumerSecret
        : sha256Hex(orgId + ":" + fullName + ":consumer-secret");
    return new ConnectedApp(label, key, secret, canvasUrl, certificate);
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8))).toUpperCase(java.util.Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
