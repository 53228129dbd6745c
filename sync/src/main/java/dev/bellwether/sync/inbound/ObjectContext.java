package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.store.PageLogEntry;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.sync.mapping.ObjectMapping;
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
   * Upserts records, logs the page (numbered after the tally's pages so far) and then saves the
   * watermark (when not null) in one transaction.
   *
   * @return rows the upsert changed
   */
  int applyPage(List<StoredRecord> records, Watermark watermark, RunTally tally) throws SQLException {
    PageLogEntry logged = new PageLogEntry(orgId, object(), tally.runId, tally.mode.name(), tally.pages + 1,
        records.size(), tally.window == null ? null : tally.window.from(),
        tally.window == null ? null : tally.window.to(), store.instanceId());
    return store.transactions().inTransaction(tx -> {
      int changed = store.records().upsert(tx, records);
      store.pageLog().record(tx, logged);
      if (watermark != null) {
        store.watermarks().save(tx, watermark);
      }
      return changed;
    });
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
