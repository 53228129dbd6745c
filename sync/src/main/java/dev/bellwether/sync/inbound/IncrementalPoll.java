package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the records changed in a window by SystemModstamp, deleted ones included, and stores them,
 * one transaction per page: live records upserted, deleted ones made tombstones.
 *
 * <p>The read includes deleted records (Salesforce's queryAll): a deletion moves the record's
 * SystemModstamp to the deletion time, so the same one call that finds a window's edits finds its
 * deletions too. Records that leave the recycle bin (hard deletes, emptied bins) are not seen here;
 * the periodic {@link DeletionSweep} catches those.
 *
 * <p>The watermark moves only in the last page's transaction: the CRM returns a window's records in
 * no particular order, so after any earlier page there may still be unread records stamped before
 * the latest one seen. A poll cut short therefore repeats its whole window, and the store skips
 * the versions it already has (the repository never moves a record backwards).
 */
final class IncrementalPoll {
  private final ObjectContext ctx;
  private final RecordConversion conversion;

  IncrementalPoll(ObjectContext ctx, RecordConversion conversion) {
    this.ctx = ctx;
    this.conversion = conversion;
  }

  /** The window a poll from this watermark reads, up to the CRM time {@code now} less the lag. */
  static TimeWindow window(Watermark watermark, Instant now, InboundSettings settings) {
    Instant from = watermark.modstamp().minus(settings.overlap());
    Instant to = now.minus(settings.safetyLag());
    return new TimeWindow(from, to.isBefore(from) ? from : to);
  }

  /**
   * @return the watermark after the poll, with the modstamp moved to the window's end; deletionsUpTo
   *     stays, because it tracks the deletion feed, which also reports deletions this read cannot see
   */
  Watermark run(Watermark current, TimeWindow window, RunTally tally) throws CrmException, SQLException {
    Instant moved = window.to().isAfter(current.modstamp()) ? window.to() : current.modstamp();
    Watermark after = new Watermark(ctx.orgId(), ctx.object(), moved, current.deletionsUpTo(), true);
    ReadRequest request = new ReadRequest(ctx.object(), ctx.mapping().inboundFields()).includingDeleted();
    tally.mode = InboundMode.INCREMENTAL;
    tally.window = window;
    try (RecordStream stream = ctx.crm().changes(request, window)) {
      tally.readPath = stream.path();
      tally.missingFields.addAll(stream.missingFields());
      LookaheadPages pages = new LookaheadPages(stream);
      if (pages.isEmpty()) {
        ctx.applyPage(List.of(), after, tally);
        return after;
      }
      for (Optional<LookaheadPages.Page> p = pages.next(); p.isPresent(); p = pages.next()) {
        List<CrmRecord> read = p.get().records().records();
        List<StoredRecord> live = new ArrayList<>(read.size());
        List<StoredRecord> tombstones = new ArrayList<>();
        for (CrmRecord r : read) {
          if (r.deleted()) {
            tombstones.add(tombstone(conversion.convert(r)));
          } else {
            live.add(conversion.convert(r));
          }
        }
        ObjectContext.PageChanges changes =
            ctx.applyPageWithDeletions(live, tombstones, p.get().last() ? after : null, tally);
        tally.applied += changes.applied();
        tally.deleted += changes.deleted();
        tally.read += read.size();
        tally.pages++;
        ctx.listener().pageApplied(ctx.object(), InboundMode.INCREMENTAL, tally.pages, read.size());
      }
    }
    return after;
  }

  /** The record as a tombstone: stamped with its deletion time, its last values kept. */
  private static StoredRecord tombstone(StoredRecord r) {
    return new StoredRecord(r.orgId(), r.object(), r.crmId(), r.fields(), r.systemModstamp(), true);
  }
}
