package dev.bellwether.devorg.bulk.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bellwether.devorg.bulk.ApiVersion;
import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.BulkJson;
import dev.bellwether.devorg.bulk.JobState;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.RestGate;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bulk API 2.0 query: /services/data/vNN.N/jobs/query (RestGate has authenticated the caller). */
@Path("services/data/{version: v[0-9]+\\.[0-9]+}/jobs/query")
public final class QueryJobResource {
  /**
   * Rows per page when the client gives no maxRecords. Salesforce sizes pages by bytes; a
   * large row count keeps typical jobs on one page, which jsforce needs (its multi-page
   * reader is broken, jsforce issue #1546).
   */
  static final int DEFAULT_PAGE_ROWS = 50_000;
  private final QueryJobs jobs;

  @Inject
  public QueryJobResource(QueryJobs jobs) {
    this.jobs = jobs;
  }

  @POST
  public Response create(@PathParam("version") String version, @Context ContainerRequestContext request,
      String body) throws JsonProcessingException {
    QueryJobSpec spec = QueryJobSpec.from(BulkJson.object(body), jobs.engine(), ApiVersion.fromPathSegment(version));
    return BulkJson.ok(QueryJobJson.created(jobs.start(spec, RestGate.session(request).userId())));
  }

  @GET
  public Response list(@QueryParam("jobType") String jobType) {
    List<Map<String, Object>> records = new ArrayList<>();
    if (jobType == null || jobType.equals("V2Query")) {
      for (QueryJob job : jobs.all()) {
        records.add(QueryJobJson.summary(job.status()));
      }
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("done", true);
    page.put("records", records);
    page.put("nextRecordsUrl", null);
    return BulkJson.ok(page);
  }

  @GET
  @Path("{jobId}")
  public Response info(@PathParam("jobId") String jobId) {
    return BulkJson.ok(QueryJobJson.info(jobs.find(jobId).status()));
  }

  /** Only {"state":"Aborted"}: a query job is closed from the start. */
  @PATCH
  @Path("{jobId}")
  public Response abort(@PathParam("jobId") String jobId, String body) throws JsonProcessingException {
    QueryJob job = jobs.find(jobId);
    String requested = BulkJson.text(BulkJson.object(body), "state");
    JobState target = JobState.fromWire(requested);
    if (target == null) {
      throw BulkErrors.invalidPropertyValue("state", requested);
    }
    if (target != JobState.ABORTED) {
      throw BulkErrors.invalidJobState("A query job can only be set to Aborted, not " + requested);
    }
    job.abort();
    return BulkJson.ok(QueryJobJson.created(job.status()));
  }

  @DELETE
  @Path("{jobId}")
  public Response delete(@PathParam("jobId") String jobId) {
    jobs.delete(jobs.find(jobId));
    return Response.noContent().build();
  }

  /**
   * One page of results. Sforce-Locator names the next page, or is the literal "null" on the
   * last one; Sforce-NumberOfRecords counts the rows of this page.
   */
  @GET
  @Path("{jobId}/results")
  public Response results(@PathParam("version") String version, @PathParam("jobId") String jobId,
      @QueryParam("locator") String locator, @QueryParam("maxRecords") String maxRecords) {
    QueryJob job = jobs.find(jobId);
    ApiVersion asked = ApiVersion.fromPathSegment(version);
    if (!asked.equals(job.spec().apiVersion())) {
      throw new ApiException(409, "INVALIDJOB", "InvalidJob : Job " + job.id() + " was created in API version "
          + job.spec().apiVersion().text() + "; read its results with that version, not " + asked.text());
    }
    QueryResults results = job.results();
    int total = results.rowCount();
    int from = ResultLocator.decode(locator, total);
    int to = (int) Math.min(total, (long) from + pageSize(maxRecords));
    String next = to < total ? ResultLocator.encode(to) : ResultLocator.LAST_PAGE;
    StreamingOutput page = out -> results.copyPage(from, to, out);
    return Response.ok(page, "text/csv")
        .header("Sforce-Locator", next)
        .header("Sforce-NumberOfRecords", to - from)
        .build();
  }

  private static int pageSize(String maxRecords) {
    if (maxRecords == null || maxRecords.isEmpty()) {
      return DEFAULT_PAGE_ROWS;
    }
    try {
      int n = Integer.parseInt(maxRecords.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw BulkErrors.invalidPropertyValue("maxRecords", maxRecords);
  }
}
