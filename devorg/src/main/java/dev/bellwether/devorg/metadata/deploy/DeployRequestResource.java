package dev.bellwether.devorg.metadata.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.http.RestGate;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The REST Metadata deploy: POST .../metadata/deployRequest (multipart: "file" = the zip,
 * "entity_content" = {"deployOptions": {...}}), GET .../deployRequest/{id}?includeDetails=true
 * and PATCH .../deployRequest/{id} with {"deployResult":{"status":"Canceling"}}. The Salesforce
 * CLI uses it when org-metadata-rest-deploy is true. RestGate checks the token and budget.
 */
@Path("/services/data/{version: v\\d+\\.\\d+}/metadata/deployRequest")
public final class DeployRequestResource {
  private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
  private final DeployQueue deploys;

  @Inject
  public DeployRequestResource(DeployQueue deploys) {
    this.deploys = deploys;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response deploy(@PathParam("version") String version,
      @HeaderParam("Content-Type") String contentType, byte[] body,
      @Context ContainerRequestContext request) throws IOException {
    Map<String, byte[]> parts;
    try {
      parts = MultipartForm.parse(body, contentType);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "INVALID_MULTIPART_REQUEST", e.getMessage());
    }
    byte[] zip = parts.get("file");
    if (zip == null) {
      throw new ApiException(400, "INVALID_MULTIPART_REQUEST", "no \"file\" part with the deploy zip");
    }
    JsonNode options = parts.containsKey("entity_content")
        ? Json.MAPPER.readTree(parts.get("entity_content")).path("deployOptions")
        : MissingNode.getInstance();
    DeployResult r = deploys.submit(zip, DeployOptions.fromJson(options), RestGate.session(request));
    return Response.created(URI.create("/services/data/" + version + "/metadata/deployRequest/" + r.id()))
        .type(JSON).entity(Json.MAPPER.writeValueAsString(DeployResultJson.of(r, false))).build();
  }

  @GET
  @Path("{id}")
  public Response status(@PathParam("id") String id,
      @QueryParam("includeDetails") boolean includeDetails) throws IOException {
    DeployResult r = deploys.find(id).orElseThrow(DeployRequestResource::notFound);
    return Response.ok(Json.MAPPER.writeValueAsString(DeployResultJson.of(r, includeDetails)), JSON)
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  public Response cancel(@PathParam("id") String id, byte[] body,
      @Context ContainerRequestContext request) throws IOException {
    String status = Json.MAPPER.readTree(body).path("deployResult").path("status").asText();
    if (!status.equals("Canceling")) {
      throw new ApiException(400, "INVALID_INPUT",
          "only {\"deployResult\":{\"status\":\"Canceling\"}} can change a deploy request");
    }
    DeployResult r = deploys.cancel(id, RestGate.session(request))
        .orElseThrow(DeployRequestResource::notFound);
    return Response.accepted(Json.MAPPER.writeValueAsString(DeployResultJson.of(r, false)))
        .type(JSON).build();
  }

  private static ApiException notFound() {
    return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
  }
}
