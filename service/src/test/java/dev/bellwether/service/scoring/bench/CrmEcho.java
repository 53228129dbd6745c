package dev.bellwether.service.scoring.bench;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.edits.LocalField;
import dev.bellwether.store.edits.LocalRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for what happens between two scoring runs in production, which the benchmark has no
 * CRM for: the outbox is drained (its rows marked sent) and the next inbound poll brings back the
 * CS_Renewal__c records the first run created, with CRM ids. Without it every renewal looks new to
 * the second run (the book reads renewals from the synced CS_Renewal__c records) and is offered to
 * local edits again, which is not the steady state.
 */
final class CrmEcho {
  static final String RENEWAL = "CS_Renewal__c";
  private static final String EXTERNAL_ID = "External_Id__c";
  private static final int BATCH = 1_000;

  private final Store store;
  private final String orgId;

  CrmEcho(Store store, String orgId) {
    this.store = store;
    this.orgId = orgId;
  }

  /** Marks the org's waiting outbox rows sent and stores the renewals as the CRM now has them; returns how many. */
  int echo(Instant at) throws SQLException {
    store.transactions().inTransaction(tx -> {
      try (PreparedStatement ps = tx.prepareStatement(
          "UPDATE outbox SET status = 'done' WHERE org_id = ? AND status = 'pending'")) {
        ps.setString(1, orgId);
        return ps.executeUpdate();
      }
    });
    List<LocalRecord> renewals = store.localEdits().list(orgId, RENEWAL);
    for (int from = 0; from < renewals.size(); from += BATCH) {
      List<LocalRecord> batch = renewals.subList(from, Math.min(renewals.size(), from + BATCH));
      int offset = from;
      store.transactions().inTransaction(tx -> {
        List<StoredRecord> stored = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
          LocalRecord local = batch.get(i);
          String crmId = local.crmId() != null ? local.crmId() : BenchBook.id("a0R", offset + i);
          Map<String, Object> fields = new LinkedHashMap<>();
          for (LocalField f : local.fields().values()) {
            fields.put(f.field(), f.value());
          }
          fields.put(EXTERNAL_ID, local.externalId());
          stored.add(new StoredRecord(orgId, RENEWAL, crmId, fields, at, false));
          if (local.crmId() == null) {
            store.localEdits().setCrmId(tx, local, crmId);
          }
        }
        return store.records().upsert(tx, stored);
      });
    }
    return renewals.size();
  }
}
