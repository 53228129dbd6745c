package dev.bellwether.service.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.service.ingest.FirstRejects;
import dev.bellwether.service.ingest.IngestOrg;
import dev.bellwether.service.ingest.IngestRequest;
import dev.bellwether.service.ingest.IngestSummary;
import dev.bellwether.service.ingest.InputFormat;
import dev.bellwether.service.ingest.Rejection;
import dev.bellwether.service.ingest.SignalIngest;
import dev.bellwether.service.ingest.SignalKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

/**
 * {@code POST /admin/ingest/{usage|surveys|invoices}}: the body (application/json,
 * application/x-ndjson or text/csv) streamed through the same ingest as {@code bellwether ingest},
 * never held whole. Answers the summary and the first {@value #REJECTS_SHOWN} rejected lines;
 * {@code org=ID} names the org when the store serves several (or none has synced yet).
 */
@Path("admin/ingest")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class IngestResource {
  /** Rejected lines listed in the answer; the rest are counted. */
  static final int REJECTS_SHOWN = 100;
  private static final String SOURCE = "body";

  private final SignalIngest ingest;
  private final AdminContext context;
  private final AdminJson json;

  @Inject
  public IngestResource(SignalIngest ingest, AdminContext context, AdminJson json) {
    this.ingest = ingest;
    this.context = context;
    this.json = json;
  }

  /** Ingests the body; 200 with the counts even when lines were rejected (they are listed). */
  @POST
  @Path("{kind}")
  @Consumes(MediaType.WILDCARD)
  public Response ingest(@PathParam("kind") String kindName, @QueryParam("org") String org,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
      throws SQLException, IOException, AdminRequestException {
    SignalKind kind = SignalKind.fromCode(kindName);
    if (kind == null) {
      throw AdminRequestException.notFound("unknown_kind", "no signal '" + kindName + "' to ingest (known: "
          + SignalKind.codes() + ")");
    }
    InputFormat format = InputFormat.ofMediaType(contentType);
    if (format == null) {
      throw new AdminRequestException(415, "unsupported_media_type", "Content-Type "
          + (contentType == null ? "missing" : "'" + contentType + "'")
          + ": send application/json (an array of objects), application/x-ndjson or text/csv (with a header)");
    }
    String orgId = org(org);
    FirstRejects rejects = new FirstRejects(REJECTS_SHOWN);
    IngestSummary summary = ingest.ingest(new IngestRequest(orgId, kind, format, SOURCE), body, rejects);
    ObjectNode answer = json.mapper().createObjectNode();
    answer.put("kind", kind.code());
    answer.put("org", orgId);
    answer.setAll(summary.toJson(json.mapper()));
    ArrayNode shown = answer.putArray("rejects");
    for (Rejection r : rejects.kept()) {
      ObjectNode line = shown.addObject();
      line.put("line", r.line());
      line.put("field", r.field());
      line.put("reason", r.reason());
      line.put("raw", r.raw());
    }
    answer.put("moreRejects", rejects.more());
    return Response.ok(json.write(answer), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private String org(String requested) throws SQLException, AdminRequestException {
    try {
      return IngestOrg.resolve(requested, context.orgs().list(), "org=ID");
    } catch (IllegalArgumentException e) {
      throw AdminRequestException.badRequest(requested == null || requested.isBlank() ? "org_required" : "bad_org",
          e.getMessage());
    }
  }
}
