package dev.bellwether.sync.outbound;

import dev.bellwether.store.Transactions;
import dev.bellwether.store.edits.LocalEditRepository;
import dev.bellwether.store.edits.LocalRecord;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.outbox.OutboxRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Settles an outbox row the CRM accepted. With local edits, in one transaction: the row is marked
 * done and the edits that rode on it become accepted (kept until their echo is read, so inbound
 * recognises it), and a record Bellwether created learns its CRM id. The record's local row is
 * locked before the outbox row, the order local edits and inbound pages take them in.
 */
final class AcceptedWrites {

  private final OutboxRepository outbox;
  private final Transactions transactions;
  private final LocalEditRepository edits;

  private AcceptedWrites(OutboxRepository outbox, Transactions transactions, LocalEditRepository edits) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.edits = edits;
  }

  /** Rows carry no local edits: marking them done is all. */
  static AcceptedWrites rowsOnly(OutboxRepository outbox) {
    return new AcceptedWrites(outbox, null, null);
  }

  /** Rows may carry local edits, confirmed in the transaction that marks the row done. */
  static AcceptedWrites withEdits(OutboxRepository outbox, Transactions transactions, LocalEditRepository edits) {
    return new AcceptedWrites(outbox, transactions, edits);
  }

  /**
   * @param crmId the record's id as the CRM answered, or null
   * @param sentAt when the accepted write was sent
   * @return false when a later change was merged into the row after it was claimed (it stays pending)
   */
  boolean accepted(OutboxEntry entry, String crmId, Instant sentAt) throws SQLException {
    if (edits == null) {
      return outbox.markDone(entry);
    }
    return transactions.inTransaction(tx -> {
      Optional<LocalRecord> local = edits.lock(tx, entry.orgId(), entry.object(), entry.crmId(), entry.externalId());
      if (!outbox.markDone(tx, entry)) {
        return false;
      }
      if (local.isPresent()) {
        LocalRecord record = local.get();
        if (record.crmId() == null && crmId != null
            && edits.find(tx, entry.orgId(), entry.object(), crmId, null).filter(o -> crmId.equals(o.crmId()))
                .isEmpty()) {
          edits.setCrmId(tx, record, crmId);
        }
        edits.accept(tx, record, entry.id(), sentAt);
      }
      return true;
    });
  }
}
