package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.TimeWindow;
import java.time.Instant;

/** Deletions by window and the server clock (SOAP getDeleted, getServerTimestamp). */
public interface Replication {

  /** Deletions of the object (unqualified name) in the window, which Salesforce takes to the minute. */
  Deletions deleted(String object, TimeWindow window) throws CrmException;

  Instant serverTime() throws CrmException;
}
