package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.store.PageLogEntry;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * What the steps of one object's inbound run share: the org, the mapping, the CRM, the store, the
 * settings and the page listener, and the one write they all do: work, then the watermark, in one
 * transaction.
 */
record ObjectContext(String orgId, ObjectMapping mapping, CrmConnector crm, InboundStore store,
    InboundSettings settings, PageListener listener) {

  String object() {
    return mapping.object();
  }

  /**
   * Upserts records, puts back the values Bellwether keeps for them, logs the page (numbered after
   * the tally's pages so far) and then saves the watermark (when not null) in one transaction.
   *
   * @return rows the upsert changed
   */
  int applyPage(List<StoredRecord> records, Watermark watermark, RunTally tally) throws SQLException {
    return store.transactions().inTransaction(tx -> applyPageIn(tx, records, watermark, tally));
  }

  /** What a page with deletions changed: rows upserted from live records, and rows newly deleted. */
  record PageChanges(int applied, int deleted) {
  }

  /**
   * Applies a page of a read that included deleted records, in one transaction: the deleted ones
   * become tombstones stamped with their deletion time (the store keeps a tombstone against older
   * versions, and an unknown id gets one too, so a late read cannot bring it back), then the live
   * ones as {@link #applyPage} does, watermark last.
   */
  PageChanges applyPageWithDeletions(List<StoredRecord> live, List<StoredRecord> tombstones, Watermark watermark,
      RunTally tally) throws SQLException {
    return store.transactions().inTransaction(tx -> {
      int deleted = tombstones.isEmpty() ? 0 : store.records().upsert(tx, tombstones);
      return new PageChanges(applyPageIn(tx, live, watermark, tally), deleted);
    });
  }

  /** A page's work within the caller's transaction; see {@link #applyPage}. */
  private int applyPageIn(Connection tx, List<StoredRecord> records, Watermark watermark, RunTally tally)
      throws SQLException {
    int changed = store.records().upsert(tx, records);
    store.reconciler().reconcile(tx, mapping, records);
    store.pageLog().record(tx, new PageLogEntry(orgId, object(), tally.runId, tally.mode.name(), tally.pages + 1,
        records.size(), tally.window == null ? null : tally.window.from(),
        tally.window == null ? null : tally.window.to(), store.instanceId()));
    if (watermark != null) {
      store.watermarks().save(tx, watermark);
    }
    return changed;
  }

  /**
   * Marks ids deleted and then saves the watermark (when not null) in one transaction.
   *
   * @return rows newly marked deleted
   */
  int markDeleted(Collection<String> crmIds, Watermark watermark) throws SQLException {
    return store.transactions().inTransaction(tx -> {
      int changed = store.records().markDeleted(tx, orgId, object(), crmIds);
      if (watermark != null) {
        store.watermarks().save(tx, watermark);
      }
      return changed;
    });
  }
}
