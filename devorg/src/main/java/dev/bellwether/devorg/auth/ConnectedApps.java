package dev.bellwether.devorg.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The org's registered connected apps, by consumer key. */
public final class ConnectedApps {
  private final Map<String, ConnectedApp> byClientId = new ConcurrentHashMap<>();
  private final List<java.util.function.Consumer<ConnectedApp>> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public void register(ConnectedApp app) {
    byClientId.put(app.clientId(), app);
    listeners.forEach(l -> l.accept(app));
  }

  /** Told of every app registered from now on (to persist it). */
  public void addListener(java.util.function.Consumer<ConnectedApp> listener) {
    listeners.add(listener);
  }

  /** Every registered app. */
  public List<ConnectedApp> all() {
    return List.copyOf(byClientId.values());
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
