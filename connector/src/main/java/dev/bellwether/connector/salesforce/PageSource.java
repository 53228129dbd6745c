package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.RecordPage;
import java.util.Optional;

/**
 * Pages of one read by one API surface (REST query, SOAP query, Bulk query job); the connector
 * wraps it in a {@link dev.bellwether.connector.RecordStream}.
 */
public interface PageSource extends AutoCloseable {

  /** The next page, or empty when done. Records carry unqualified (namespace-free) names. */
  Optional<RecordPage> nextPage() throws CrmException;

  /** Records the read will return in all, when known up front, else -1. */
  long totalSize();

  /** Short name of the path, e.g. "rest-query", "soap-query", "bulk-query". */
  String path();

  @Override
  void close();
}
