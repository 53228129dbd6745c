package dev.bellwether.devorg.admin;

import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /devorg/admin/status: org identity, live record counts per object, API usage, faults, uptime. */
@Path("devorg/admin/status")
public final class StatusResource {
  private final Org org;

  @Inject
  public StatusResource(Org org) {
    this.org = org;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response status(@Context ContainerRequestContext request) {
    Instant now = org.clock().instant();
    Instant startedAt = (Instant) request.getProperty(AdminGate.STARTED_AT);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("organizationId", org.id());
    out.put("name", org.name());
    out.put("instanceUrl", org.baseUrl());
    out.put("adminUserId", org.adminUserId());
    out.put("startedAt", startedAt);
    out.put("uptimeSeconds", startedAt == null ? 0 : Math.max(0, Duration.between(startedAt, now).getSeconds()));
    Map<String, Object> counts = new LinkedHashMap<>();
    for (ObjectDef type : org.schema().objects()) {
      counts.put(type.name(), org.store().count(type));
    }
    out.put("recordCounts", counts);
    out.put("apiUsage", apiUsage(org));
    out.put("faults", FaultsView.of(org));
    List<String> canvas = new ArrayList<>();
    for (ConnectedApp a : org.apps().canvasApps()) {
      canvas.add(a.name());
    }
    out.put("canvasApps", canvas);
    return JsonResponses.json(200, out);
  }

  /** {"used": n, "limit": m}, also the answer of the reset endpoint. */
  static Map<String, Object> apiUsage(Org org) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("used", org.apiUsage().used());
    m.put("limit", org.apiUsage().limit());
    return m;
  }
}
