package dev.bellwether.service.panels;

import dev.bellwether.service.canvas.CanvasSettings;
import dev.bellwether.service.canvas.ConsumerSecrets;
import dev.bellwether.service.canvas.SignedRequestVerifier;
import dev.bellwether.service.panels.account.AccountPanelResource;
import dev.bellwether.service.panels.account.PanelAssetsResource;
import dev.bellwether.service.panels.render.MessageCatalog;
import dev.bellwether.service.panels.render.PanelRenderer;
import dev.bellwether.service.panels.session.CsrfTokens;
import dev.bellwether.service.panels.session.PanelSessions;
import dev.bellwether.service.panels.session.SessionKeys;
import dev.bellwether.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The panel endpoints ({@code POST /canvas/account}, {@code GET /canvas/account/view} and {@code /qbr},
 * {@code GET /canvas/assets/css/NAME.css}) ready to register on a Jersey server. They carry their
 * own authentication (the signed request, then the session token), not the admin bearer token.
 */
public final class PanelEndpoints {
  private static final Logger LOG = LoggerFactory.getLogger(PanelEndpoints.class);
  private final PanelParts parts;

  public PanelEndpoints(PanelParts parts) {
    this.parts = parts;
  }

  /**
   * Builds the endpoints from the {@code canvas:} settings, resolving every secret now.
   *
   * @throws IllegalStateException naming the key when a secret reference cannot be read
   */
  public static PanelEndpoints create(CanvasSettings settings, Map<String, String> environment,
      Store store, Clock clock) {
    ConsumerSecrets secrets = ConsumerSecrets.resolve(settings, environment);
    SessionKeys keys;
    if (settings.sessionKey().isPresent()) {
      String key;
      try {
        key = settings.sessionKey().get().resolve(environment);
      } catch (IllegalStateException e) {
        throw new IllegalStateException("canvas.sessionKey (" + settings.sessionKey().get() + "): "
            + e.getMessage(), e);
      }
      keys = new SessionKeys(key.getBytes(StandardCharsets.UTF_8));
    } else {
      LOG.info("canvas.sessionKey is not set: panel sessions use a random key and end when this process"
          + " stops; set it when several instances serve panels");
      keys = SessionKeys.random();
    }
    SignedRequestVerifier verifier = new SignedRequestVerifier(secrets, settings.maxAge(), settings.clockSkew(),
        clock);
    return new PanelEndpoints(new PanelParts(settings, verifier, new PanelSessions(keys, settings.sessionTtl(), clock),
        new CsrfTokens(keys), new PanelRenderer(), new MessageCatalog(), store, clock));
  }

  public PanelParts parts() {
    return parts;
  }

  /** Registers the panel resources and what they inject on a server's configuration. */
  public void registerInto(ResourceConfig config) {
    config.register(AccountPanelResource.class)
        .register(PanelAssetsResource.class)
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(parts).to(PanelParts.class);
          }
        });
  }
}
