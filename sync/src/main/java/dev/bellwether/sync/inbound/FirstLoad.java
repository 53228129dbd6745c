package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every live record of an object and stores it, one transaction per page with the watermark
 * saved last. The watermark it completes with is the CRM time taken before the read began, so
 * anything changed while it ran is read again by the first poll.
 *
 * <p>A load that stopped half-way is started again from the beginning: the CRM offers no cursor to
 * resume, and the store skips versions it already has, so the repeat costs reads, not writes.
 */
final class FirstLoad {
  private static final Logger LOG = LoggerFactory.getLogger(FirstLoad.class);

  private final ObjectContext ctx;
  private final RecordConversion conversion;

  FirstLoad(ObjectContext ctx, RecordConversion conversion) {
    this.ctx = ctx;
    this.conversion = conversion;
  }

  /**
   * @param previous the watermark of an interrupted earlier attempt, if any
   * @param loadStart the CRM's time before the read starts
   */
  Watermark run(Optional<Watermark> previous, Instant loadStart, RunTally tally)
      throws CrmException, SQLException {
    // Deletions are owed from the first attempt on: records it stored may have been deleted since.
    Instant deletionsFrom = previous.map(Watermark::deletionsUpTo)
        .filter(d -> d.isBefore(loadStart)).orElse(loadStart);
    Instant maxSeen = previous.map(Watermark::modstamp).orElse(null);
    previous.ifPresent(w -> LOG.info("org {}: first load of {} starts again (an earlier one stopped at {})",
        ctx.orgId(), ctx.object(), w.modstamp()));
    Watermark done = new Watermark(ctx.orgId(), ctx.object(), loadStart, deletionsFrom, true);
    try (RecordStream stream = ctx.crm().firstLoad(new ReadRequest(ctx.object(), ctx.mapping().inboundFields()))) {
      tally.readPath = stream.path();
      tally.missingFields.addAll(stream.missingFields());
      LookaheadPages pages = new LookaheadPages(stream);
      if (pages.isEmpty()) {
        ctx.applyPage(List.of(), done, tally);
        return done;
      }
      for (Optional<LookaheadPages.Page> p = pages.next(); p.isPresent(); p = pages.next()) {
        List<StoredRecord> records = conversion.convert(p.get().records());
        maxSeen = RecordConversion.latest(records, maxSeen);
        // Until the last page, the watermark only records progress: firstLoadDone stays false.
        Watermark watermark = p.get().last() ? done
            : new Watermark(ctx.orgId(), ctx.object(), maxSeen, deletionsFrom, false);
        tally.applied += ctx.applyPage(records, watermark, tally);
        tally.read += records.size();
        tally.pages++;
        ctx.listener().pageApplied(ctx.object(), InboundMode.FIRST_LOAD, tally.pages, records.size());
      }
    }
    return done;
  }
}
