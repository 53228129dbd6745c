package dev.bellwether.devorg.bulk;

import dev.bellwether.devorg.http.ApiException;

/**
 * The request-level errors Bulk API 2.0 answers with. Codes and wording follow what Salesforce
 * returns: "INVALIDJOB" with "InvalidJob : ..." messages for bad job definitions, NOT_FOUND for
 * unknown job ids, API_ERROR for a property value it does not accept.
 */
public final class BulkErrors {
  private BulkErrors() {}

  /** An unknown or deleted job id, as Salesforce reports it (404). */
  public static ApiException jobNotFound() {
    return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
  }

  /** A job definition Salesforce refuses, e.g. an unknown object (400 INVALIDJOB). */
  public static ApiException invalidJob(String detail) {
    return new ApiException(400, "INVALIDJOB", "InvalidJob : " + detail);
  }

  /** An enumerated property with a value Salesforce does not know (400 API_ERROR). */
  public static ApiException invalidPropertyValue(String property, String value) {
    return new ApiException(400, "API_ERROR",
        "Invalid value: '" + (value == null ? "" : value) + "' supplied for property: '" + property + "'");
  }

  /** A request the job's current state does not allow (400 INVALIDJOBSTATE). */
  public static ApiException invalidJobState(String detail) {
    return new ApiException(400, "INVALIDJOBSTATE", "InvalidJobState : " + detail);
  }

  /** A body that is JSON but not an object. */
  static ApiException jsonNotAnObject() {
    return new ApiException(400, "JSON_PARSER_ERROR", "The request body must be a JSON object");
  }
}
