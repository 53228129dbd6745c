package dev.bellwether.devorg.admin;

import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** POST /devorg/admin/api-usage/reset: forgets today's API request count (the limit stays). */
@Path("devorg/admin/api-usage")
public final class ApiUsageResource {
  private final Org org;

  @Inject
  public ApiUsageResource(Org org) {
    this.org = org;
  }

  @POST
  @Path("reset")
  @Produces(MediaType.APPLICATION_JSON)
  public Response reset() {
    org.apiUsage().reset();
    return JsonResponses.json(200, StatusResource.apiUsage(org));
  }
}
