package dev.bellwether.connector.salesforce.auth;

import java.net.URI;
import java.util.Locale;

/** A URL cut to its origin (scheme://host[:port]), the form Salesforce uses for login and instance URLs. */
final class Origins {
  private Origins() {
  }

  static URI of(URI url) {
    if (url.getScheme() == null || url.getHost() == null) {
      throw new IllegalArgumentException("not an absolute URL: " + url);
    }
    return URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort()));
  }
}
