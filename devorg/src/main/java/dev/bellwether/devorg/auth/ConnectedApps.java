package dev.bellwether.devorg.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The org's registered connected apps, by consumer key. */
public final class ConnectedApps {
  private final Map<String, ConnectedApp> byClientId = new ConcurrentHashMap<>();

  public void register(ConnectedApp app) {
    byClientId.put(app.clientId(), app);
  }

  public Optional<ConnectedApp> byClientId(String clientId) {
    return Optional.ofNullable(clientId == null ? null : byClientId.get(clientId));
  }

  /** Apps that show a Canvas panel, by name. */
  public List<ConnectedApp> canvasApps() {
    List<ConnectedApp> out = new ArrayList<>();
    for (ConnectedApp a : byClientId.values()) {
      if (a.canvasUrl() != null) {
        out.add(a);
      }
    }
    out.sort(java.util.Comparator.comparing(ConnectedApp::name));
    return out;
  }
}
