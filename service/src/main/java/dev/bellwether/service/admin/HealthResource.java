package dev.bellwether.service.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /admin/health}: 200 {"status":"ok"} when the store answers, 503 otherwise. No token needed. */
@Path("admin/health")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class HealthResource {
  private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

  private final SyncAdministration admin;
  private final AdminJson json;

  @Inject
  public HealthResource(SyncAdministration admin, AdminJson json) {
    this.admin = admin;
    this.json = json;
  }

  /** Whether this service can serve: today, whether its store answers. */
  @GET
  public Response health() {
    ObjectNode body = json.mapper().createObjectNode();
    try {
      admin.checkStore();
      body.put("status", "ok");
      return Response.ok(json.write(body), MediaType.APPLICATION_JSON_TYPE).build();
    } catch (SQLException e) {
      String message = "the store " + admin.storeDescription() + " does not answer: " + e.getMessage();
      LOG.warn("Health check failed: {}", message);
      body.put("status", "unavailable");
      body.put("error", "store_unavailable");
      body.put("message", message);
      return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(json.write(body))
          .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
