package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.store.PageLogEntry;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Transactions;
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
    PageLogEntry logged = new PageLogEntry(orgId, object(), tally.runId, tally.mode.name(), tally.pages + 1,
        records.size(), tally.window == null ? null : tally.window.from(),
        tally.window == null ? null : tally.window.to(), store.instanceId());
    return store.transactions().inTransaction(tx -> {
      int changed = store.records().upsert(tx, records);
      store.reconciler().reconcile(tx, mapping, records);
      store.pageLog().record(tx, logged);
      if (watermark != null) {
        store.watermarks().save(tx, watermark);
      }
      return changed;
    });
  }

  /** What a page with deletions changed: rows upserted from live records, and rows newly deleted. */
  record PageChanges(int applied, int deleted) {
  }

  /**
   * Applies a page of a read that included deleted records, in one transaction: the deleted ones
   * become tombstones stamped with their deletion time (the store keeps a tombstone against older
   * versions, and an unknown id gets one too, so a late read cannot bring it back), then the live
   * ones go through {@link #applyPage} inside that same transaction, watermark last.
   */
  PageChanges applyPageWithDeletions(List<StoredRecord> live, List<StoredRecord> tombstones, Watermark watermark,
      RunTally tally) throws SQLException {
    if (tombstones.isEmpty()) {
      return new PageChanges(applyPage(live, watermark, tally), 0);
    }
    return store.transactions().inTransaction(tx -> {
      int deleted = store.records().upsert(tx, tombstones);
      int applied = within(tx).applyPage(live, watermark, tally);
      return new PageChanges(applied, deleted);
    });
  }

  /**
   * This context with every transaction joining {@code tx}, so its page work joins the caller's
   * transaction. Every other part of the store stays as it is (a part added to InboundStore must be
   * passed on here too).
   */
  private ObjectContext within(Connection tx) {
    InboundStore joined = new InboundStore(new JoinedTransaction(tx), store.records(), store.watermarks(),
        store.pageLog(), store.instanceId(), store.reconciler());
    return new ObjectContext(orgId, mapping, crm, joined, settings, listener);
  }

  /** Runs work on a transaction already open; its owner commits or rolls back. */
  private record JoinedTransaction(Connection tx) implements Transactions {
    @Override
    public <T> T inTransaction(Work<T> work) throws SQLException {
      return work.run(tx);
    }
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
