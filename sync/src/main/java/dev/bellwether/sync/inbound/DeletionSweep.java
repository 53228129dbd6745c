package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.DeletedRecord;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.store.Watermark;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the CRM's deletion feed (getDeleted) since the deletions watermark (less the overlap), in
 * transactions of {@link InboundSettings#deleteBatch()} ids with the watermark moved in the last.
 * When the window starts before the CRM's retention, deletions may be missing, and a
 * {@link IdReconciliation} compares ids instead.
 *
 * <p>Polls already see deletions still in the recycle bin ({@link IncrementalPoll} reads with
 * queryAll), so the sweep is a backstop for hard deletes and emptied recycle bins and runs only
 * every {@link InboundSettings#deletionSweepEvery()}. {@link Watermark#deletionsUpTo()} keeps its
 * meaning: the CRM time up to which the feed's deletions are applied. Polls never move it, so each
 * sweep starts where the last one ended and the feed's coverage has no holes, whatever the polls saw.
 */
final class DeletionSweep {
  private static final Logger LOG = LoggerFactory.getLogger(DeletionSweep.class);

  private final ObjectContext ctx;
  private final DeletionBatches batches;
  private final IdReconciliation reconciliation;

  DeletionSweep(ObjectContext ctx, DeletionBatches batches, IdReconciliation reconciliation) {
    this.ctx = ctx;
    this.batches = batches;
    this.reconciliation = reconciliation;
  }

  /** The deletions window from this watermark up to {@code to}. */
  static TimeWindow window(Watermark watermark, Instant to, InboundSettings settings) {
    Instant upTo = watermark.deletionsUpTo() != null ? watermark.deletionsUpTo() : watermark.modstamp();
    Instant from = upTo.minus(settings.overlap());
    return new TimeWindow(from.isAfter(to) ? to : from, to);
  }

  /** Whether an incremental run ending at CRM time {@code to} should also read the deletion feed. */
  static boolean due(Watermark watermark, Instant to, InboundSettings settings) {
    Instant upTo = watermark.deletionsUpTo();
    return upTo == null || !to.isBefore(upTo.plus(settings.deletionSweepEvery()));
  }

  /**
   * Whether a completed first load leaves deletions no poll will see: when an earlier attempt was
   * interrupted, records it stored may have been deleted before this load began, and the polls'
   * windows start only at this load's start.
   */
  static boolean owedAfterFirstLoad(Watermark done) {
    return done.deletionsUpTo() != null && done.deletionsUpTo().isBefore(done.modstamp());
  }

  /** @return the watermark after the sweep */
  Watermark run(Watermark current, TimeWindow window, RunTally tally) throws CrmException, SQLException {
    Deletions deletions = ctx.crm().deletions(ctx.object(), window);
    List<String> ids = deletions.records().stream().map(DeletedRecord::id).toList();
    if (deletions.incompleteFor(window)) {
      LOG.warn("org {}: deletions of {} since {} are no longer kept by the CRM (from {}); reconciling by ids",
          ctx.orgId(), ctx.object(), window.from(), deletions.earliestAvailable());
      batches.mark(ids, null, tally);
      tally.reconciled = true;
      // The comparison sees the CRM as of now, so it covers deletions up to the window's end.
      Watermark after = withDeletionsUpTo(current, window.to());
      reconciliation.run(after, tally);
      return after;
    }
    // Salesforce reports coverage to the minute; the next window starts there (less the overlap).
    Instant covered = deletions.latestCovered() == null ? window.to() : min(deletions.latestCovered(), window.to());
    Watermark after = withDeletionsUpTo(current, covered);
    batches.mark(ids, after, tally);
    return after;
  }

  private static Watermark withDeletionsUpTo(Watermark w, Instant covered) {
    Instant upTo = w.deletionsUpTo() != null && w.deletionsUpTo().isAfter(covered) ? w.deletionsUpTo() : covered;
    return new Watermark(w.orgId(), w.object(), w.modstamp(), upTo, w.firstLoadDone());
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
