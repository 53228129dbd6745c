package dev.bellwether.devorg.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.canvas.CanvasAppProfile;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * POST/GET /devorg/admin/canvas-apps: registers a Canvas app (a connected app with a canvas
 * URL, shown on every record page) and lists them. Secrets go in, never come out.
 */
@Path("devorg/admin/canvas-apps")
public final class CanvasAppsResource {
  private static final List<String> REQUIRED = List.of("name", "clientId", "clientSecret", "canvasUrl");
  private final Org org;

  @Inject
  public CanvasAppsResource(Org org) {
    this.org = org;
  }

  /** 201 for a new app; 200 when the consumer key was known and its app is replaced. */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response register(String body) {
    JsonNode json = JsonResponses.object(body);
    List<String> missing = new ArrayList<>();
    for (String f : REQUIRED) {
      JsonNode v = json.get(f);
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      throw new ApiException(400, "REQUIRED_FIELD_MISSING",
          "Required fields are missing: " + missing, missing);
    }
    String canvasUrl = json.get("canvasUrl").asText().trim();
    checkCanvasUrl(canvasUrl);
    String clientId = json.get("clientId").asText().trim();
    Optional<ConnectedApp> previous = org.apps().byClientId(clientId);
    ConnectedApp app = new ConnectedApp(json.get("name").asText().trim(), clientId,
        json.get("clientSecret").asText(), canvasUrl,
        previous.map(ConnectedApp::certificatePem).orElse(null));
    org.apps().register(app);
    return JsonResponses.json(previous.isPresent() ? 200 : 201, view(app));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ConnectedApp a : org.apps().canvasApps()) {
      out.add(view(a));
    }
    return JsonResponses.json(200, out);
  }

  private static void checkCanvasUrl(String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ApiException(400, "INVALID_FIELD",
        "canvasUrl must be an absolute http or https URL, not '" + url + "'", List.of("canvasUrl"));
  }

  private static Map<String, Object> view(ConnectedApp app) {
    CanvasAppProfile p = CanvasAppProfile.of(app);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", app.name());
    m.put("clientId", app.clientId());
    m.put("canvasUrl", app.canvasUrl());
    m.put("developerName", p.developerName());
    m.put("applicationId", p.applicationId());
    return m;
  }
}
