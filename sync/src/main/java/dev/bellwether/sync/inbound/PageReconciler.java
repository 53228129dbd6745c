package dev.bellwether.sync.inbound;

import dev.bellwether.store.StoredRecord;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Work done in an inbound page's transaction right after its records are stored: putting back the
 * values Bellwether keeps for those records (the upsert replaced their fields whole) and deciding
 * fields both sides changed.
 */
@FunctionalInterface
public interface PageReconciler {

  /** Nothing kept: the CRM's values stand as read. */
  PageReconciler NONE = (tx, mapping, records) -> { };

  /**
   * @param mapping the object's mapping
   * @param records the page's records as read from the CRM (those older than the stored version
   *     were not applied and must be left alone)
   */
  void reconcile(Connection tx, ObjectMapping mapping, List<StoredRecord> records) throws SQLException;
}
