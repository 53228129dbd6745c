package dev.bellwether.connector;

import java.time.Instant;
import java.util.List;

/**
 * The port to one CRM org: describe, read (first load or changes in a window), read
 * deletions, write batches, server time and the API budget. Implementations are thread-safe.
 */
public interface CrmConnector extends AutoCloseable {

  /** The org (tenant) this connector talks to; every stored row is keyed by it. */
  String orgId() throws CrmException;

  /** The object's fields and capabilities, cached by the adapter and refreshed on schema change. */
  ObjectSchema describe(String object) throws CrmException;

  /**
   * Every live record of an object, as of now: the first load of a sync. Streamed page by page;
   * the adapter picks the cheapest path by volume (Bulk API above a threshold). Deleted records are
   * never part of it; a request including them is refused.
   */
  RecordStream firstLoad(ReadRequest request) throws CrmException;

  /**
   * Records created or modified within the window (by SystemModstamp): an incremental poll. When
   * the request {@linkplain ReadRequest#includeDeleted() includes deleted records}, the records
   * deleted within the window come too, marked {@linkplain CrmRecord#deleted() deleted}, at no
   * extra call.
   */
  RecordStream changes(ReadRequest request, TimeWindow window) throws CrmException;

  /** Records deleted within the window, with how far back the CRM keeps deletions. */
  Deletions deletions(String object, TimeWindow window) throws CrmException;

  /**
   * Writes a batch and returns one result per input record, in input order. Records failing
   * validation come back as failed results; the call throws only when the whole batch could not
   * be attempted (authentication, unknown object, retries exhausted).
   */
  List<WriteResult> write(WriteBatch batch) throws CrmException;

  /** The CRM's clock, so that watermarks never depend on this machine's time. */
  Instant serverTime() throws CrmException;

  /** Where the API budget stands; never calls the CRM. */
  BudgetStatus budget();

  @Override
  void close();
}
