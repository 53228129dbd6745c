package dev.bellwether.devorg.soql;

/**
 * A SOQL error shaped as Salesforce reports it: the message echoes the query line with a caret,
 * "ERROR at Row:r:Column:c" and the detail. Codes are MALFORMED_QUERY, INVALID_FIELD and
 * INVALID_TYPE, plus INVALID_QUERY_FILTER_OPERATOR (a malformed id or an operator a field type
 * does not take) and NUMBER_OUTSIDE_VALID_RANGE (OFFSET over 2000), as Salesforce uses them.
 */
public final class SoqlException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String errorCode;
  private final String detail;
  private final int row;
  private final int column;

  SoqlException(String errorCode, String message, String detail, int row, int column) {
    super(message);
    this.errorCode = errorCode;
    this.detail = detail;
    this.row = row;
    this.column = column;
  }

  /** The Salesforce exception code, e.g. MALFORMED_QUERY. */
  public String errorCode() {
    return errorCode;
  }

  /** The last line of the message ("unexpected token: <EOF>"), without the echoed query. */
  public String detail() {
    return detail;
  }

  /** 1-based line of the query the error points at. */
  public int row() {
    return row;
  }

  /** 1-based character position in that line. */
  public int column() {
    return column;
  }
}
