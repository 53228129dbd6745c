package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bellwether.devorg.describe.SObjectDescriber;
import dev.bellwether.devorg.describe.SObjectDescription;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /services/data/vNN.N/sobjects: describeGlobal, an object's basic information and describe,
 * record CRUD by id, upsert/read/delete by external id, and the replication feeds. One class
 * routes every sObject URL so that literal segments (describe, updated, deleted) always win
 * over ids; the work is done by {@link RecordReads}, {@link RecordWrites} and
 * {@link ReplicationFeed}.
 */
@Path("services/data/{version}/sobjects")
public final class SObjectsResource {
  private final Org org;
  private final SObjectDescriber describer;
  private final RecordReads reads;
  private final RecordWrites writes;
  private final ReplicationFeed replication;

  @Inject
  public SObjectsResource(Org org) {
    this.org = org;
    this.describer = new SObjectDescriber(org.schema());
    this.reads = new RecordReads(org);
    this.writes = new RecordWrites(org);
    this.replication = new ReplicationFeed(org);
  }

  @GET
  public Response describeGlobal(@PathParam("version") String version) {
    ApiVersion v = ApiVersion.parse(version);
    return RestResponses.ok(describeJson().global(describer.describeGlobal(v.number())));
  }

  @GET
  @Path("{type}")
  public Response basicInfo(@PathParam("version") String version, @PathParam("type") String typeName) {
    ApiVersion v = ApiVersion.parse(version);
    ObjectDef type = type(typeName);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("objectDescribe", describeJson().summary(describer.describe(type, v.number())));
    out.put("recentItems", reads.recentItems(type, v));
    return RestResponses.ok(out);
  }

  @GET
  @Path("{type}/describe")
  public Response describe(@PathParam("version") String version, @PathParam("type") String typeName) {
    ApiVersion v = ApiVersion.parse(version);
    SObjectDescription d = describer.describe(type(typeName), v.number());
    return RestResponses.ok(describeJson().full(d));
  }

  @POST
  @Path("{type}")
  public Response create(@PathParam("type") String typeName, String body,
      @Context ContainerRequestContext request) throws JsonProcessingException {
    ObjectDef type = type(typeName);
    return writes.create(type, RecordBody.parse(body), RestGate.session(request).userId());
  }

  @GET
  @Path("{type}/updated")
  public Response updated(@PathParam("type") String typeName, @QueryParam("start") String start,
      @QueryParam("end") String end) {
    return replication.updated(type(typeName), start, end);
  }

  @GET
  @Path("{type}/deleted")
  public Response deleted(@PathParam("type") String typeName, @QueryParam("start") String start,
      @QueryParam("end") String end) {
    return replication.deleted(type(typeName), start, end);
  }

  @GET
  @Path("{type}/{id}")
  public Response get(@PathParam("version") String version, @PathParam("type") String typeName,
      @PathParam("id") String id, @QueryParam("fields") String fields) {
    return reads.byId(type(typeName), id, fields, ApiVersion.parse(version));
  }

  @PATCH
  @Path("{type}/{id}")
  public Response update(@PathParam("type") String typeName, @PathParam("id") String id,
      String body, @Context ContainerRequestContext request) throws JsonProcessingException {
    ObjectDef type = type(typeName);
    return writes.update(type, id, RecordBody.parse(body), RestGate.session(request).userId());
  }

  @DELETE
  @Path("{type}/{id}")
  public Response delete(@PathParam("type") String typeName, @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    return writes.delete(type(typeName), id, RestGate.session(request).userId());
  }

  @GET
  @Path("{type}/{field}/{value}")
  public Response getByExternalId(@PathParam("version") String version,
      @PathParam("type") String typeName, @PathParam("field") String field,
      @PathParam("value") String value, @QueryParam("fields") String fields) {
    return reads.byExternalId(type(typeName), field, value, fields, ApiVersion.parse(version));
  }

  @PATCH
  @Path("{type}/{field}/{value}")
  public Response upsert(@PathParam("version") String version, @PathParam("type") String typeName,
      @PathParam("field") String field, @PathParam("value") String value,
      @QueryParam("updateOnly") boolean updateOnly, String body,
      @Context ContainerRequestContext request) throws JsonProcessingException {
    ObjectDef type = type(typeName);
    return writes.upsert(type, field, value, RecordBody.parse(body), updateOnly,
        ApiVersion.parse(version), RestGate.session(request).userId());
  }

  @DELETE
  @Path("{type}/{field}/{value}")
  public Response deleteByExternalId(@PathParam("version") String version,
      @PathParam("type") String typeName, @PathParam("field") String field,
      @PathParam("value") String value, @Context ContainerRequestContext request) {
    return writes.deleteByExternalId(type(typeName), field, value, ApiVersion.parse(version),
        RestGate.session(request).userId());
  }

  private ObjectDef type(String name) {
    return org.schema().object(name).orElseThrow(RecordWrites::unknownType);
  }

  private DescribeJson describeJson() {
    return new DescribeJson(org.baseUrl());
  }
}
