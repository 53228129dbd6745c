package dev.bellwether.devorg.http;

import java.util.List;

/**
 * A request-level error with Salesforce's error code; REST renders it as a JSON array,
 * SOAP as a fault.
 */
public final class ApiException extends RuntimeException {
  private final int httpStatus;
  private final String errorCode;
  private final List<String> fields;

  public ApiException(int httpStatus, String errorCode, String message, List<String> fields) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.fields = List.copyOf(fields);
  }

  public ApiException(int httpStatus, String errorCode, String message) {
    this(httpStatus, errorCode, message, List.of());
  }

  public int httpStatus() { return httpStatus; }
  public String errorCode() { return errorCode; }
  public List<String> fields() { return fields; }

  public static ApiException invalidSession() {
    return new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid");
  }

  public static ApiException limitExceeded(int limit) {
    return new ApiException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded. (limit " + limit + ")");
  }
}
