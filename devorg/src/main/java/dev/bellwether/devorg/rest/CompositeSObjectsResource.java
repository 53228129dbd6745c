package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.WriteResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * sObject collections (/composite/sobjects): create, update, upsert and delete up to 200
 * records in one call, and retrieve many records of one type. Writes answer 200 with one
 * result per record, in order, whatever their outcome.
 */
@Path("services/data/{version}/composite/sobjects")
public final class CompositeSObjectsResource {
  private final Org org;
  private final CollectionWrites writes;
  private final CollectionRetrieve retrieve;

  @Inject
  public CompositeSObjectsResource(Org org) {
    this.org = org;
    this.writes = new CollectionWrites(org);
    this.retrieve = new CollectionRetrieve(org);
  }

  @POST
  public Response create(String body, @Context ContainerRequestContext request)
      throws JsonProcessingException {
    CollectionRequest req = CollectionRequest.parse(body);
    return results(writes.create(req, user(request)), false);
  }

  @PATCH
  public Response update(String body, @Context ContainerRequestContext request)
      throws JsonProcessingException {
    CollectionRequest req = CollectionRequest.parse(body);
    return results(writes.update(req, user(request)), false);
  }

  @PATCH
  @Path("{type}/{field}")
  public Response upsert(@PathParam("type") String typeName, @PathParam("field") String field,
      String body, @Context ContainerRequestContext request) throws JsonProcessingException {
    ObjectDef type = type(typeName);
    FieldDef key = type.field(field).filter(f -> f.externalId() || f.name().equals("Id"))
        .orElseThrow(() -> new ApiException(400, "INVALID_FIELD", "Field " + field
            + " is not an external id field or indexed field on " + type.name(), List.of(field)));
    CollectionRequest req = CollectionRequest.parse(body);
    return results(writes.upsert(type, key.name(), req, user(request)), true);
  }

  @DELETE
  public Response delete(@QueryParam("ids") String ids, @QueryParam("allOrNone") boolean allOrNone,
      @Context ContainerRequestContext request) {
    List<String> list = idList(ids);
    CollectionRequest.checkCount(list.size());
    return results(writes.delete(list, allOrNone, user(request)), false);
  }

  @GET
  @Path("{type}")
  public Response retrieve(@PathParam("version") String version, @PathParam("type") String typeName,
      @QueryParam("ids") String ids, @QueryParam("fields") String fields) {
    return retrieve.retrieve(type(typeName), idList(ids), fields, ApiVersion.parse(version));
  }

  /** The POST form of retrieve, for id lists too long for a URL: {"ids": [...], "fields": [...]}. */
  @POST
  @Path("{type}")
  public Response retrieveByBody(@PathParam("version") String version,
      @PathParam("type") String typeName, String body) throws JsonProcessingException {
    ObjectDef type = type(typeName);
    JsonNode root = Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
    List<String> ids = new ArrayList<>();
    root.path("ids").forEach(n -> ids.add(n.asText()));
    List<String> fields = new ArrayList<>();
    root.path("fields").forEach(n -> fields.add(n.asText()));
    return retrieve.retrieve(type, ids, fields.isEmpty() ? null : String.join(",", fields),
        ApiVersion.parse(version));
  }

  private static Response results(List<WriteResult> results, boolean withCreated) {
    return RestResponses.streamed(g -> CollectionResultsJson.write(g, results, withCreated));
  }

  private ObjectDef type(String name) {
    return org.schema().object(name).orElseThrow(RecordWrites::unknownType);
  }

  private static String user(ContainerRequestContext request) {
    return RestGate.session(request).userId();
  }

  private static List<String> idList(String ids) {
    if (ids == null || ids.isBlank()) {
      throw new ApiException(400, "MISSING_ARGUMENT", "The ids parameter is required");
    }
    List<String> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      if (!id.isBlank()) {
        out.add(id.trim());
      }
    }
    return out;
  }
}
