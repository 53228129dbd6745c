package dev.bellwether.service.panels;

import dev.bellwether.service.canvas.CanvasSettings;
import dev.bellwether.service.canvas.SignedRequestVerifier;
import dev.bellwether.service.panels.render.MessageCatalog;
import dev.bellwether.service.panels.render.PanelRenderer;
import dev.bellwether.service.panels.session.CsrfTokens;
import dev.bellwether.service.panels.session.PanelSessions;
import dev.bellwether.store.Store;
import java.time.Clock;
import java.util.Objects;

/**
 * What the panel resources work with, built once by {@link PanelEndpoints} and shared by every
 * request.
 *
 * @param settings the canvas settings (registered orgs, their extra frame ancestors)
 * @param verifier checks signed requests
 * @param sessions opens and checks panel sessions
 * @param csrf the CSRF tokens of sessions
 * @param renderer the template engine
 * @param messages the en and ko texts
 * @param store the store: CRM records, scores, signals
 * @param clock today, for days left and windows
 */
public record PanelParts(CanvasSettings settings, SignedRequestVerifier verifier, PanelSessions sessions,
    CsrfTokens csrf, PanelRenderer renderer, MessageCatalog messages, Store store, Clock clock) {

  public PanelParts {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
  }
}
