package dev.bellwether.service.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.store.outbox.OutboxEntry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;

/**
 * {@code /admin/sync/...}: status, parked records and their retry, conflicts. Each answer is the
 * JSON the matching CLI command prints with {@code --json}. {@code org=ID} chooses the org when
 * several are served.
 */
@Path("admin/sync")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class SyncAdminResource {
  private final SyncAdministration admin;
  private final AdminJson json;

  @Inject
  public SyncAdminResource(SyncAdministration admin, AdminJson json) {
    this.admin = admin;
    this.json = json;
  }

  /** The JSON of {@code bellwether sync status --json}. */
  @GET
  @Path("status")
  public Response status(@QueryParam("org") String org) throws SQLException, AdminRequestException {
    return ok(json.write(admin.status(org).toJson(json.mapper())));
  }

  /** The JSON of {@code bellwether sync parked --json}. */
  @GET
  @Path("parked")
  public Response parked(@QueryParam("org") String org) throws SQLException, AdminRequestException {
    return ok(json.write(admin.parked(org).toJson(json.mapper())));
  }

  /** Gives a parked record a fresh start; 404 naming the id when it is not parked. */
  @POST
  @Path("parked/{id}/retry")
  public Response retry(@PathParam("id") String id, @QueryParam("org") String org)
      throws SQLException, AdminRequestException {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw AdminRequestException.notFound("not_parked", "outbox entry '" + id + "' is not parked (ids are numbers)");
    }
    OutboxEntry released = admin.retry(org, number);
    ObjectNode body = json.mapper().createObjectNode();
    body.put("orgId", released.orgId());
    body.put("id", released.id());
    body.put("object", released.object());
    body.put("externalId", released.externalId());
    body.put("status", "pending");
    return ok(json.write(body));
  }

  /** The JSON of {@code bellwether sync conflicts --json}: newest first, {@code object} and {@code limit} optional. */
  @GET
  @Path("conflicts")
  public Response conflicts(@QueryParam("org") String org, @QueryParam("object") String object,
      @QueryParam("limit") String limit) throws SQLException, AdminRequestException {
    return ok(json.write(admin.conflicts(org, object, limit(limit)).toJson(json.mapper())));
  }

  private static int limit(String text) throws AdminRequestException {
    if (text == null || text.isBlank()) {
      return SyncAdministration.DEFAULT_CONFLICT_LIMIT;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw AdminRequestException.badRequest("bad_limit", "limit must be a whole number from 1 to "
          + SyncAdministration.MAX_CONFLICT_LIMIT + ", was '" + text + "'");
    }
  }

  private static Response ok(String body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
