package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.store.Watermark;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound sync of one object of one org. Each {@link #run()} is a first load while no complete one
 * is stored, else an incremental poll: changes and deletions since the watermark in one read, and,
 * every {@link InboundSettings#deletionSweepEvery()}, the CRM's deletion feed as a backstop
 * (reconciled by ids when the CRM no longer keeps deletions that far back). A poll with nothing to
 * apply thus costs one API call. Runs of one instance do not overlap.
 */
public final class InboundSync {
  private static final Logger LOG = LoggerFactory.getLogger(InboundSync.class);

  private final ObjectContext ctx;
  private final FirstLoad firstLoad;
  private final IncrementalPoll poll;
  private final DeletionSweep deletions;
  private final SchemaDriftLog drift;

  public InboundSync(String orgId, ObjectMapping mapping, CrmConnector crm, InboundStore store,
      InboundSettings settings, PageListener listener) {
    this.ctx = new ObjectContext(Objects.requireNonNull(orgId, "orgId"), Objects.requireNonNull(mapping, "mapping"),
        Objects.requireNonNull(crm, "crm"), Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(listener, "listener"));
    RecordConversion conversion = new RecordConversion(orgId, mapping);
    DeletionBatches batches = new DeletionBatches(ctx);
    this.firstLoad = new FirstLoad(ctx, conversion);
    this.poll = new IncrementalPoll(ctx, conversion);
    this.deletions = new DeletionSweep(ctx, batches, new IdReconciliation(ctx, batches));
    this.drift = new SchemaDriftLog(orgId, mapping.object());
  }

  public String object() {
    return ctx.object();
  }

  /** Runs once, reading the CRM's clock first (one API call). */
  public synchronized InboundRun run() throws CrmException, SQLException {
    long spentBefore = ctx.crm().budget().spent();
    return run(ctx.crm().serverTime(), spentBefore);
  }

  /**
   * Runs once with the CRM's time already read, so a caller syncing many objects asks for it once.
   *
   * @param crmNow the CRM's clock, read before this call
   */
  public synchronized InboundRun run(Instant crmNow) throws CrmException, SQLException {
    return run(crmNow, ctx.crm().budget().spent());
  }

  private InboundRun run(Instant crmNow, long spentBefore) throws CrmException, SQLException {
    long started = System.nanoTime();
    RunTally tally = new RunTally();
    Optional<Watermark> current = ctx.store().watermarks().find(ctx.orgId(), ctx.object());
    InboundMode mode;
    Watermark after;
    if (current.isEmpty() || !current.get().firstLoadDone() || current.get().modstamp() == null) {
      mode = InboundMode.FIRST_LOAD;
      after = firstLoad.run(current, crmNow, tally);
      if (DeletionSweep.owedAfterFirstLoad(after)) {
        after = sweep(after, after.modstamp(), tally);
      }
    } else {
      mode = InboundMode.INCREMENTAL;
      TimeWindow window = IncrementalPoll.window(current.get(), crmNow, ctx.settings());
      after = poll.run(current.get(), window, tally);
      if (DeletionSweep.due(after, window.to(), ctx.settings())) {
        after = sweep(after, window.to(), tally);
      }
    }
    drift.observed(tally.missingFields);
    long spent = Math.max(0, ctx.crm().budget().spent() - spentBefore);
    InboundRun run = new InboundRun(ctx.object(), mode, tally.readPath, tally.read, tally.applied, tally.deleted,
        tally.pages, tally.reconciled, tally.missingFields, after, spent,
        Duration.ofNanos(System.nanoTime() - started));
    LOG.info("org {}: {} {} via {}: {} read, {} applied, {} deleted{}{} in {} pages, {} API calls, watermark {}",
        ctx.orgId(), ctx.object(), mode, run.readPath(), run.recordsRead(), run.recordsApplied(),
        run.recordsDeleted(), tally.swept ? " (deletion feed read up to " + after.deletionsUpTo() + ")" : "",
        run.reconciled() ? " (reconciled by ids)" : "", run.pages(), run.apiCalls(), after.modstamp());
    return run;
  }

  private Watermark sweep(Watermark current, Instant to, RunTally tally) throws CrmException, SQLException {
    tally.swept = true;
    return deletions.run(current, DeletionSweep.window(current, to, ctx.settings()), tally);
  }
}
