package dev.bellwether.devorg.soap;

/**
 * A partner API fault: what WSC turns into a typed exception (UnexpectedErrorFault,
 * MalformedQueryFault...) when it comes with HTTP 500, a prefixed faultcode and a typed detail.
 * Thrown by operations; {@link SoapEnvelopes#fault} renders it.
 */
final class SoapFault extends RuntimeException {
  /** The fault element in detail, by its fns type name; NONE for plain SOAP client faults. */
  enum Detail {
    UNEXPECTED_ERROR("UnexpectedErrorFault", false),
    LOGIN("LoginFault", false),
    INVALID_ID("InvalidIdFault", false),
    INVALID_QUERY_LOCATOR("InvalidQueryLocatorFault", false),
    MALFORMED_QUERY("MalformedQueryFault", true),
    INVALID_FIELD("InvalidFieldFault", true),
    INVALID_SOBJECT("InvalidSObjectFault", true),
    NONE(null, false);

    private final String typeName;
    private final boolean queryFault;

    Detail(String typeName, boolean queryFault) {
      this.typeName = typeName;
      this.queryFault = queryFault;
    }

    /** The fns element and type name, e.g. "MalformedQueryFault". */
    String typeName() {
      return typeName;
    }

    /** True for ApiQueryFault subtypes, which carry row and column. */
    boolean queryFault() {
      return queryFault;
    }
  }

  /** The faultstring WSC's SessionRenewer looks for ("Illegal Session"). */
  static final String INVALID_SESSION_MESSAGE =
      "Invalid Session ID found in SessionHeader: Illegal Session";

  private final int httpStatus;
  private final String faultCode;
  private final String faultString;
  private final Detail detail;
  private final String exceptionCode;
  private final int row;
  private final int column;

  private SoapFault(int httpStatus, String faultCode, String faultString, Detail detail,
      String exceptionCode, String exceptionMessage, int row, int column) {
    super(exceptionMessage == null ? faultString : exceptionMessage, null, false, false);
    this.httpStatus = httpStatus;
    this.faultCode = faultCode;
    this.faultString = faultString;
    this.detail = detail;
    this.exceptionCode = exceptionCode;
    this.row = row;
    this.column = column;
  }

  /** An API fault: faultcode sf:CODE, faultstring "CODE: message", a typed detail. */
  static SoapFault api(Detail detail, String code, String message) {
    return new SoapFault(500, "sf:" + code, code + ": " + message, detail, code, message, -1, -1);
  }

  /** A query fault (MalformedQueryFault, InvalidFieldFault, InvalidSObjectFault) with position. */
  static SoapFault query(Detail detail, String code, String message, int row, int column) {
    return new SoapFault(500, "sf:" + code, code + ": " + message, detail, code, message, row, column);
  }

  /** An UnexpectedErrorFault, the partner API's catch-all. */
  static SoapFault unexpected(String code, String message) {
    return api(Detail.UNEXPECTED_ERROR, code, message);
  }

  /**
   * A request the SOAP layer itself cannot take (not XML, not an envelope, unknown operation):
   * faultcode soapenv:Client and no detail, as Salesforce's SOAP stack answers.
   */
  static SoapFault client(String message) {
    return new SoapFault(500, "soapenv:Client", message, Detail.NONE, null, null, -1, -1);
  }

  /** Missing, unknown, expired or revoked session; the wording makes WSC renew the session. */
  static SoapFault invalidSession() {
    return unexpected("INVALID_SESSION_ID", INVALID_SESSION_MESSAGE);
  }

  /** The daily API request limit is spent. */
  static SoapFault requestLimitExceeded(int limit) {
    return unexpected("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded. (limit " + limit + ")");
  }

  /**
   * An injected outage. Sent with HTTP 503: WSC reads the body of any status of 400 and above
   * as a fault, so the caller still gets a typed UnexpectedErrorFault (SERVER_UNAVAILABLE)
   * instead of a parse error, while plain HTTP clients see the 503 they retry on.
   */
  static SoapFault serverUnavailable() {
    SoapFault f = unexpected("SERVER_UNAVAILABLE", "Service temporarily unavailable (injected fault)");
    return new SoapFault(503, f.faultCode, f.faultString, f.detail, f.exceptionCode, f.getMessage(), -1, -1);
  }

  int httpStatus() { return httpStatus; }
  String faultCode() { return faultCode; }
  String faultString() { return faultString; }
  Detail detail() { return detail; }
  String exceptionCode() { return exceptionCode; }
  String exceptionMessage() { return getMessage(); }
  int row() { return row; }
  int column() { return column; }
}
