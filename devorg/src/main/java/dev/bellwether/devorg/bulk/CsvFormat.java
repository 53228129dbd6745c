package dev.bellwether.devorg.bulk;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a job's CSV is laid out, in both directions: the data a client uploads and the results
 * devorg writes back use the job's delimiter and line ending.
 */
public record CsvFormat(ColumnDelimiter delimiter, LineEnding lineEnding) {
  /** Salesforce's defaults: COMMA and LF. */
  public static final CsvFormat DEFAULT = new CsvFormat(ColumnDelimiter.COMMA, LineEnding.LF);

  /**
   * Reads columnDelimiter, lineEnding and contentType from a create-job body; missing ones take
   * the defaults, wrong ones are rejected the way Salesforce rejects an invalid property value.
   */
  public static CsvFormat fromJobRequest(JsonNode body) {
    String contentType = BulkJson.text(body, "contentType");
    if (contentType != null && !contentType.equals("CSV")) {
      throw BulkErrors.invalidPropertyValue("contentType", contentType);
    }
    String delimiterName = BulkJson.text(body, "columnDelimiter");
    ColumnDelimiter delimiter = delimiterName == null ? ColumnDelimiter.COMMA
        : ColumnDelimiter.fromWire(delimiterName);
    if (delimiter == null) {
      throw BulkErrors.invalidPropertyValue("columnDelimiter", delimiterName);
    }
    String endingName = BulkJson.text(body, "lineEnding");
    LineEnding ending = endingName == null ? LineEnding.LF : LineEnding.fromWire(endingName);
    if (ending == null) {
      throw BulkErrors.invalidPropertyValue("lineEnding", endingName);
    }
    return new CsvFormat(delimiter, ending);
  }
}
