package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.WriteResult;
import java.util.List;

/**
 * A batch laid out for Bulk ingest: the CSV of each job, and the records refused before upload
 * (no id for an update, a value the CSV cannot carry) with their results. Closing it deletes the
 * files.
 */
record IngestPlan(List<IngestChunk> chunks, List<WriteResult> refused) implements AutoCloseable {

  IngestPlan {
    chunks = List.copyOf(chunks);
    refused = List.copyOf(refused);
  }

  @Override
  public void close() {
    chunks.forEach(c -> TempFiles.delete(c.file()));
  }
}
