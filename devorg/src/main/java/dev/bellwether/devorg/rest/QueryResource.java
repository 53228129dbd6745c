package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.soql.SoqlEngine;
import dev.bellwether.devorg.soql.SoqlException;
import dev.bellwether.devorg.soql.SoqlResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * SOQL over REST: /query and /queryAll (deleted records too) answer the first page and keep
 * the rest server-side; /query/{locator} pages on. query?columns=true answers the column
 * metadata the Salesforce CLI asks for. A singleton, because the open cursors live here.
 */
@Singleton
@Path("services/data/{version}/{kind: query|queryAll}")
public final class QueryResource {
  private final Org org;
  private final SoqlEngine engine;
  private final QueryCursors cursors;

  @Inject
  public QueryResource(Org org) {
    this.org = org;
    this.engine = new SoqlEngine(org.store(), org.clock(), org.timeZone());
    this.cursors = new QueryCursors(org.clock());
  }

  @GET
  public Response query(@PathParam("version") String version, @PathParam("kind") String kind,
      @QueryParam("q") String soql, @QueryParam("columns") boolean columns,
      @HeaderParam("Sforce-Query-Options") String options, @Context ContainerRequestContext request) {
    ApiVersion v = ApiVersion.parse(version);
    if (soql == null || soql.isBlank()) {
      throw new ApiException(400, "MALFORMED_QUERY", "A query string has to be specified");
    }
    SoqlResult result = run(soql, kind.equals("queryAll"));
    if (columns) {
      String keyPrefix = org.schema().object(result.objectName()).map(ObjectDef::keyPrefix).orElse(null);
      return RestResponses.streamed(g -> ColumnMetadataJson.write(g, result, keyPrefix));
    }
    int batch = QueryBatchSize.from(options);
    if (result.rows().size() <= batch) {
      return page(v, kind, result, 0, result.rows().size(), null);
    }
    String cursor = cursors.open(RestGate.session(request).userId(), result, batch);
    return page(v, kind, result, 0, batch, new QueryLocator(cursor, batch));
  }

  @GET
  @Path("{locator}")
  public Response more(@PathParam("version") String version, @PathParam("kind") String kind,
      @PathParam("locator") String locatorText, @HeaderParam("Sforce-Query-Options") String options,
      @Context ContainerRequestContext request) {
    ApiVersion v = ApiVersion.parse(version);
    QueryLocator locator = QueryLocator.parse(locatorText);
    QueryCursors.Cursor cursor = cursors.find(locator.cursorId(), RestGate.session(request).userId())
        .orElseThrow(QueryLocator::invalid);
    SoqlResult result = cursor.result();
    int total = result.rows().size();
    if (locator.offset() <= 0 || locator.offset() >= total) {
      throw QueryLocator.invalid();
    }
    int batch = options == null ? cursor.batchSize() : QueryBatchSize.from(options);
    int to = Math.min(total, locator.offset() + batch);
    if (to == total) {
      cursors.release(cursor.id());
      return page(v, kind, result, locator.offset(), to, null);
    }
    return page(v, kind, result, locator.offset(), to, new QueryLocator(cursor.id(), to));
  }

  private SoqlResult run(String soql, boolean includeDeleted) {
    try {
      return engine.execute(soql, includeDeleted);
    } catch (SoqlException e) {
      throw new ApiException(400, e.errorCode(), e.getMessage());
    }
  }

  private static Response page(ApiVersion v, String kind, SoqlResult result, int from, int to,
      QueryLocator next) {
    String nextUrl = next == null ? null : v.root() + "/" + kind + "/" + next;
    QueryPageJson json = new QueryPageJson(v);
    return RestResponses.streamed(g -> json.write(g, result, from, to, nextUrl));
  }
}
