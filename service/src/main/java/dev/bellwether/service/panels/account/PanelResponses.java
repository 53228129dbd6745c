package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.render.ContentSecurityPolicy;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The headers every panel response carries. */
final class PanelResponses {
  static final String HTML = "text/html; charset=UTF-8";

  private PanelResponses() {}

  /** A page: its CSP (frame-ancestors the CRM's origins), never cached, never sniffed, no Referer out. */
  static Response page(int status, String html, List<String> frameAncestors) {
    return Response.status(status).type(HTML).entity(html)
        .header("Content-Security-Policy", ContentSecurityPolicy.panel(frameAncestors).value())
        .header("X-Content-Type-Options", "nosniff")
        // Links carry the session token in their query; never hand it to another site as a Referer.
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** A refusal: the status and nothing else, no page (the log line says why). */
  static Response refused(int status) {
    return Response.status(status).header("Cache-Control", "no-store")
        .header("Content-Security-Policy", ContentSecurityPolicy.panel(List.of()).value())
        .header("X-Content-Type-Options", "nosniff").build();
  }
}
