package dev.bellwether.connector.salesforce.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;

/**
 * What a Bulk API 2.0 job's info says about it: its state and, once it ran, its counters.
 *
 * @param id the job id
 * @param state Salesforce's state name (Open, UploadComplete, InProgress, JobComplete, Failed, Aborted)
 * @param errorMessage why a Failed job failed, else null
 * @param processed numberRecordsProcessed (failed rows included), 0 when not reported
 * @param failed numberRecordsFailed, 0 when not reported
 */
record JobInfo(String id, String state, String errorMessage, long processed, long failed) {
  static final String JOB_COMPLETE = "JobComplete";
  static final String FAILED = "Failed";
  static final String ABORTED = "Aborted";

  /** Reads a job info answer (create, PATCH or poll). */
  static JobInfo from(JsonNode node, String object) throws CrmException {
    if (node == null || !node.hasNonNull("id") || !node.hasNonNull("state")) {
      throw new CrmException(Kind.PROTOCOL, null, object, "a Bulk job answer lacks id or state: "
          + (node == null ? "empty body" : abbreviate(node.toString())));
    }
    JsonNode error = node.get("errorMessage");
    return new JobInfo(node.get("id").asText(), node.get("state").asText(),
        error == null || error.isNull() ? null : error.asText(),
        node.path("numberRecordsProcessed").asLong(0), node.path("numberRecordsFailed").asLong(0));
  }

  /** True once the job will not change any more. */
  boolean finished() {
    return JOB_COMPLETE.equals(state) || FAILED.equals(state) || ABORTED.equals(state);
  }

  boolean complete() {
    return JOB_COMPLETE.equals(state);
  }

  /** The exception for a job that ended Failed or Aborted; code is the state. */
  CrmException failure(String kindOfJob, String object, String detail) {
    return new CrmException(Kind.JOB_FAILED, state, object, "Bulk " + kindOfJob + " job " + id + " ended "
        + state + (errorMessage == null ? "" : ": " + errorMessage) + (detail == null ? "" : " (" + detail + ")"));
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
