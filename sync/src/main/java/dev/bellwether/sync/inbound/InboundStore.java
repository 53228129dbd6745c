package dev.bellwether.sync.inbound;

import dev.bellwether.store.PageLog;
import dev.bellwether.store.RecordRepository;
import dev.bellwether.store.Store;
import dev.bellwether.store.Transactions;
import dev.bellwether.store.WatermarkRepository;
import dev.bellwether.sync.conflict.InboundConflictResolver;
import java.time.Clock;
import java.util.Objects;

/**
 * The parts of the store inbound sync writes to.
 *
 * @param transactions runs each page's work in one transaction
 * @param records the CRM records
 * @param watermarks where each object's sync stands
 * @param pageLog where each applied page is recorded, in the page's transaction
 * @param instanceId this service instance's name in the page log
 * @param reconciler what each page's transaction does after storing its records (local edits kept,
 *     conflicts decided)
 */
public record InboundStore(Transactions transactions, RecordRepository records, WatermarkRepository watermarks,
    PageLog pageLog, String instanceId, PageReconciler reconciler) {

  public InboundStore {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(watermarks, "watermarks");
    Objects.requireNonNull(pageLog, "pageLog");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(reconciler, "reconciler");
  }

  /** Without local edits to keep: the CRM's values are stored as read. */
  public InboundStore(Transactions transactions, RecordRepository records, WatermarkRepository watermarks,
      PageLog pageLog, String instanceId) {
    this(transactions, records, watermarks, pageLog, instanceId, PageReconciler.NONE);
  }

  /** Without a page log or local edits. */
  public InboundStore(Transactions transactions, RecordRepository records, WatermarkRepository watermarks) {
    this(transactions, records, watermarks, PageLog.NONE, "local");
  }

  /** The parts of an open store, logging pages under the instance's name and keeping local edits. */
  public static InboundStore of(Store store, String instanceId) {
    return of(store, instanceId, Clock.systemUTC());
  }

  /** Like {@link #of(Store, String)}, conflicts stamped by {@code clock}. */
  public static InboundStore of(Store store, String instanceId, Clock clock) {
    return new InboundStore(store.transactions(), store.records(), store.watermarks(), store.pageLog(), instanceId,
        InboundConflictResolver.of(store, clock));
  }
}
