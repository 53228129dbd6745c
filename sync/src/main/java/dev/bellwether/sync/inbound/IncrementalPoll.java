package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the records changed in a window by SystemModstamp and stores them, one transaction per page.
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

  /** @return the watermark after the poll, with the modstamp moved to the window's end */
  Watermark run(Watermark current, TimeWindow window, RunTally tally) throws CrmException, SQLException {
    Instant moved = window.to().isAfter(current.modstamp()) ? window.to() : current.modstamp();
    Watermark after = new Watermark(ctx.orgId(), ctx.object(), moved, current.deletionsUpTo(), true);
    ReadRequest request = new ReadRequest(ctx.object(), ctx.mapping().inboundFields());
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
        List<StoredRecord> records = conversion.convert(p.get().records());
        tally.applied += ctx.applyPage(records, p.get().last() ? after : null, tally);
        tally.read += records.size();
        tally.pages++;
        ctx.listener().pageApplied(ctx.object(), InboundMode.INCREMENTAL, tally.pages, records.size());
      }
    }
    return after;
  }
}
