package dev.bellwether.devorg.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * GET/PUT /devorg/admin/faults: reads and replaces the injected faults at run time, with the
 * same syntax as --faults. session-ttl and api-limit, when named, also change the org's
 * session lifetime and daily API limit; when not named those stay as they are.
 */
@Path("devorg/admin/faults")
public final class FaultsResource {
  private final Org org;

  @Inject
  public FaultsResource(Org org) {
    this.org = org;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    return JsonResponses.json(200, FaultsView.of(org));
  }

  @PUT
  @Produces(MediaType.APPLICATION_JSON)
  public Response put(String body) {
    JsonNode spec = JsonResponses.object(body).get("spec");
    if (spec == null || !spec.isTextual()) {
      throw new ApiException(400, "INVALID_FAULT_SPEC",
          "the body must be {\"spec\":\"transient=0.1,lock=0.05,...\"} (\"\" clears every fault)",
          List.of("spec"));
    }
    FaultSpec parsed;
    try {
      parsed = FaultSpec.parse(spec.asText());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "INVALID_FAULT_SPEC", e.getMessage(), List.of("spec"));
    }
    org.faults().setSpec(parsed);
    if (parsed.sessionTtl() != null) {
      org.sessions().setTtl(parsed.sessionTtl());
    }
    if (parsed.apiLimit() != null) {
      org.apiUsage().setLimit(parsed.apiLimit());
    }
    return JsonResponses.json(200, FaultsView.of(org));
  }
}
