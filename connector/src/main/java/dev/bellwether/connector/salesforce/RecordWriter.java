package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import java.util.List;

/**
 * Writes a batch through one API surface (SOAP calls, REST sObject collections, a Bulk ingest
 * job), one result per input record in input order; splits into as many calls as the surface needs.
 */
public interface RecordWriter {

  List<WriteResult> write(WriteBatch batch, ObjectSchema schema) throws CrmException;

  /** Short name of the path, e.g. "rest-collections", "soap", "bulk-ingest". */
  String path();
}
