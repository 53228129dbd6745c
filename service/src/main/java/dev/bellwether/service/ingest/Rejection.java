package dev.bellwether.service.ingest;

/**
 * One line that was not stored.
 *
 * @param source the file as named on the command line, or the request body
 * @param line the line number in it (of the record's first line)
 * @param field the field at fault, or null when the line as a whole is (malformed JSON, wrong column count)
 * @param reason what is wrong
 * @param raw the line to retry: an NDJSON line as read; a CSV row or JSON array element as a one-line
 *     JSON object of its fields, which ingests as NDJSON once fixed
 */
public record Rejection(String source, long line, String field, String reason, String raw) {

  /** "usage.ndjson:1207: score: 11 is outside 0–10 for an nps answer". */
  public String message() {
    return source + ":" + line + ": " + (field == null ? "" : field + ": ") + reason;
  }
}
