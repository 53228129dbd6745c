package dev.bellwether.connector;

import java.util.List;
import java.util.Optional;

/**
 * Records read page by page, never all in memory. Close it to release server cursors and jobs.
 */
public interface RecordStream extends AutoCloseable {

  /** The next page, or empty when the read is complete. */
  Optional<RecordPage> nextPage() throws CrmException;

  /** The fields actually read: the requested ones that exist, plus Id and SystemModstamp. */
  List<String> fields();

  /** Requested fields the CRM no longer has (schema drift); they were left out of the read. */
  List<String> missingFields();

  /** How the records are being read, e.g. "rest-query" or "bulk-query", for status and logs. */
  String path();

  @Override
  void close();
}
