package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.store.Watermark;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds deletions the CRM's feed no longer reports: reads every live id from the CRM (a first-load
 * read of Id alone) and marks each live stored id the CRM lacks as deleted.
 *
 * <p>Memory: the CRM's ids are held in a hash set, about 100 bytes per 18-character id, so one
 * million records of an object take about 100 MB for the length of the pass. That fits the 512 MB
 * heap goal up to a few million records per object; beyond that the ids would want a compact
 * sorted encoding (ids are base-62, 108 bits fit two longs). The store's ids are streamed, and
 * only the ids to delete are collected.
 */
final class IdReconciliation {
  private static final Logger LOG = LoggerFactory.getLogger(IdReconciliation.class);

  private final ObjectContext ctx;
  private final DeletionBatches batches;

  IdReconciliation(ObjectContext ctx, DeletionBatches batches) {
    this.ctx = ctx;
    this.batches = batches;
  }

  void run(Watermark after, RunTally tally) throws CrmException, SQLException {
    Set<String> crmIds = new HashSet<>();
    try (RecordStream stream = ctx.crm().firstLoad(new ReadRequest(ctx.object(), List.of()))) {
      for (Optional<RecordPage> p = stream.nextPage(); p.isPresent(); p = stream.nextPage()) {
        for (CrmRecord r : p.get().records()) {
          crmIds.add(r.id());
        }
      }
    }
    List<String> gone = new ArrayList<>();
    ctx.store().records().forEachLiveId(ctx.orgId(), ctx.object(), id -> {
      if (!crmIds.contains(id)) {
        gone.add(id);
      }
    });
    LOG.info("org {}: reconciled {} by ids: {} in the CRM, {} stored records no longer there", ctx.orgId(),
        ctx.object(), crmIds.size(), gone.size());
    batches.mark(gone, after, tally);
  }
}
