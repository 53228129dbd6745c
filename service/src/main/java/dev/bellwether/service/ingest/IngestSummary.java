package dev.bellwether.service.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one ingest did. Every line read is exactly one of accepted, updated, duplicate or rejected.
 *
 * @param source the input's name
 * @param format how it was read
 * @param read lines read (records and unreadable lines; blank lines and the CSV header not counted)
 * @param accepted stored as new
 * @param updated matched a stored line and changed it (an invoice now paid)
 * @param duplicates already stored (or repeated in the input); nothing changed
 * @param rejected not stored: their line, field and reason went to the rejects
 * @param seconds wall time
 * @param stopped why reading ended before the input's end (a JSON array broken mid-way), or null
 */
public record IngestSummary(String source, InputFormat format, long read, long accepted, long updated,
    long duplicates, long rejected, double seconds, String stopped) {

  /** Lines read per second of wall time. */
  public long linesPerSecond() {
    return seconds <= 0 ? read : Math.round(read / seconds);
  }

  /** Whether every line was stored (or already there) and the whole input was read. */
  public boolean clean() {
    return rejected == 0 && stopped == null;
  }

  /** The totals of several inputs, named {@code source}; no one format. */
  public static IngestSummary total(String source, Iterable<IngestSummary> parts) {
    long read = 0;
    long accepted = 0;
    long updated = 0;
    long duplicates = 0;
    long rejected = 0;
    double seconds = 0;
    String stopped = null;
    for (IngestSummary s : parts) {
      read += s.read;
      accepted += s.accepted;
      updated += s.updated;
      duplicates += s.duplicates;
      rejected += s.rejected;
      seconds += s.seconds;
      stopped = stopped == null ? s.stopped : stopped;
    }
    return new IngestSummary(source, null, read, accepted, updated, duplicates, rejected, seconds, stopped);
  }

  /** The summary as JSON, the same for {@code --json} and the admin API. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode json = mapper.createObjectNode();
    json.put("source", source);
    json.put("format", format == null ? null : format.code());
    json.put("read", read);
    json.put("accepted", accepted);
    json.put("updated", updated);
    json.put("duplicates", duplicates);
    json.put("rejected", rejected);
    json.put("seconds", Math.round(seconds * 1000) / 1000.0);
    json.put("linesPerSecond", linesPerSecond());
    json.put("stopped", stopped);
    return json;
  }
}
