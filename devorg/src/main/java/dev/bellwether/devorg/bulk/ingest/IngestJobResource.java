package dev.bellwether.devorg.bulk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.bulk.ApiVersion;
import dev.bellwether.devorg.bulk.BulkErrors;
import dev.bellwether.devorg.bulk.BulkJson;
import dev.bellwether.devorg.bulk.JobState;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Bulk API 2.0 ingest: /services/data/vNN.N/jobs/ingest (RestGate has authenticated the caller). */
@Path("services/data/{version: v[0-9]+\\.[0-9]+}/jobs/ingest")
public final class IngestJobResource {
  private static final String CSV = "text/csv";
  private final Org org;
  private final IngestJobs jobs;

  @Inject
  public IngestJobResource(Org org, IngestJobs jobs) {
    this.org = org;
    this.jobs = jobs;
  }

  @POST
  public Response create(@PathParam("version") String version, @Context ContainerRequestContext request,
      String body) throws JsonProcessingException {
    JsonNode json = BulkJson.object(body);
    IngestJobSpec spec = IngestJobSpec.from(json, org.schema(), ApiVersion.fromPathSegment(version));
    IngestJob job = jobs.create(spec, RestGate.session(request).userId());
    return BulkJson.ok(IngestJobJson.created(job.status()));
  }

  @GET
  public Response list(@QueryParam("jobType") String jobType) {
    List<Map<String, Object>> records = new ArrayList<>();
    if (jobType == null || jobType.equals("V2Ingest")) {
      for (IngestJob job : jobs.all()) {
        records.add(IngestJobJson.summary(job.status()));
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
    return BulkJson.ok(IngestJobJson.info(jobs.find(jobId).status()));
  }

  /** {"state":"UploadComplete"} starts processing; {"state":"Aborted"} stops the job. */
  @PATCH
  @Path("{jobId}")
  public Response changeState(@PathParam("jobId") String jobId, String body) throws JsonProcessingException {
    IngestJob job = jobs.find(jobId);
    String requested = BulkJson.text(BulkJson.object(body), "state");
    JobState target = JobState.fromWire(requested);
    if (target == JobState.UPLOAD_COMPLETE) {
      return BulkJson.ok(IngestJobJson.created(jobs.close(job)));
    } else if (target == JobState.ABORTED) {
      job.abort();
    } else if (target != null) {
      throw BulkErrors.invalidJobState("A client can only set a job's state to UploadComplete or Aborted, not "
          + requested);
    } else {
      throw BulkErrors.invalidPropertyValue("state", requested);
    }
    return BulkJson.ok(IngestJobJson.created(job.status()));
  }

  @DELETE
  @Path("{jobId}")
  public Response delete(@PathParam("jobId") String jobId) {
    jobs.delete(jobs.find(jobId));
    return Response.noContent().build();
  }

  /** Adds CSV to an Open job; may be called more than once, each upload with the same header. */
  @PUT
  @Path("{jobId}/batches")
  public Response upload(@PathParam("jobId") String jobId,
      @HeaderParam("Content-Encoding") String encoding, InputStream body) throws IOException {
    IngestJob job = jobs.find(jobId);
    InputStream data = encoding != null && encoding.trim().equalsIgnoreCase("gzip")
        ? new GZIPInputStream(body, 1 << 16) : body;
    job.upload(data);
    return Response.status(201).build();
  }

  @GET
  @Path("{jobId}/successfulResults")
  public Response successfulResults(@PathParam("jobId") String jobId) {
    IngestJob job = jobs.find(jobId);
    return csv(out -> job.writeResults(IngestResults.Kind.SUCCESSFUL, out));
  }

  @GET
  @Path("{jobId}/failedResults")
  public Response failedResults(@PathParam("jobId") String jobId) {
    IngestJob job = jobs.find(jobId);
    return csv(out -> job.writeResults(IngestResults.Kind.FAILED, out));
  }

  @GET
  @Path("{jobId}/unprocessedrecords")
  public Response unprocessedRecords(@PathParam("jobId") String jobId) {
    IngestJob job = jobs.find(jobId);
    return csv(job::writeUnprocessed);
  }

  private static Response csv(StreamingOutput body) {
    return Response.ok(body, CSV).build();
  }
}
