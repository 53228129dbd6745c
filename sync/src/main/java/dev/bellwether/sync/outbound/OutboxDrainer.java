package dev.bellwether.sync.outbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.store.Store;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.outbox.OutboxRepository;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one org's outbox for one mapped object: claims due entries in batches, upserts them by
 * external id (or, for records without one, updates them by CRM id: one connector batch per
 * operation) with only their outbound fields, and settles each entry by its own result. One
 * refused record never holds back the others; a batch the CRM could not take at all stays pending.
 * An accepted entry's local edits are confirmed with it. Runs one at a time per org and object
 * (the scheduler's job).
 */
public final class OutboxDrainer {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainer.class);

  private final String orgId;
  private final ObjectMapping mapping;
  private final CrmConnector crm;
  private final OutboxRepository outbox;
  private final AcceptedWrites accepted;
  private final OutboundSettings settings;
  private final Clock clock;

  /** A drainer of an outbox whose rows carry no local edits (nothing to confirm but the rows). */
  public OutboxDrainer(String orgId, ObjectMapping mapping, CrmConnector crm, OutboxRepository outbox,
      OutboundSettings settings, Clock clock) {
    this(orgId, mapping, crm, outbox, AcceptedWrites.rowsOnly(outbox), settings, clock);
  }

  /** A drainer of a store's outbox that confirms the local edits riding on each accepted row. */
  public OutboxDrainer(String orgId, ObjectMapping mapping, CrmConnector crm, Store store,
      OutboundSettings settings, Clock clock) {
    this(orgId, mapping, crm, store.outbox(),
        AcceptedWrites.withEdits(store.outbox(), store.transactions(), store.localEdits()), settings, clock);
  }

  private OutboxDrainer(String orgId, ObjectMapping mapping, CrmConnector crm, OutboxRepository outbox,
      AcceptedWrites accepted, OutboundSettings settings, Clock clock) {
    this.orgId = orgId;
    this.mapping = mapping;
    this.crm = crm;
    this.outbox = outbox;
    this.accepted = accepted;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Writes every due entry, batch by batch, until none is left, a batch fails as a whole, or the
   * batch limit is reached.
   *
   * @throws SQLException when the outbox cannot be read or settled; entries not yet settled stay
   *     pending and are sent again (safe: an upsert by external id or an update by CRM id writes the
   *     same values again)
   */
  public DrainResult drain() throws SQLException {
    DrainResult total = DrainResult.NONE;
    for (int round = 0; round < settings.maxBatches(); round++) {
      List<OutboxEntry> claimed = outbox.claimDue(orgId, mapping.object(), settings.batchSize(), clock.instant());
      if (claimed.isEmpty()) {
        break;
      }
      List<OutboxEntry> batch = onePerRecord(claimed);
      List<OutboxEntry> upserts = batch.stream().filter(OutboxEntry::byExternalId).toList();
      List<OutboxEntry> updates = batch.stream().filter(e -> !e.byExternalId()).toList();
      BatchOutcome upserted = upserts.isEmpty() ? BatchOutcome.NONE : sendBatch(upserts);
      BatchOutcome updated = updates.isEmpty() ? BatchOutcome.NONE : sendBatch(updates);
      total = total.plus(upserted.result()).plus(updated.result());
      // A short batch means nothing more was due; a failed one means the CRM is not taking writes now.
      if (upserted.batchFailed() || updated.batchFailed() || claimed.size() < settings.batchSize()) {
        break;
      }
    }
    if (total.sent() > 0) {
      LOG.info("Outbound {} for org {}: {} sent, {} done, {} to retry, {} parked, {} API calls", mapping.object(),
          orgId, total.sent(), total.done(), total.retried(), total.parked(), total.apiCalls());
    }
    return total;
  }

  /** The result of one batch, and whether the CRM refused the batch as a whole. */
  private record BatchOutcome(DrainResult result, boolean batchFailed) {
    static final BatchOutcome NONE = new BatchOutcome(DrainResult.NONE, false);
  }

  /**
   * The first entry of each record: two rows of one record (enqueued concurrently) must not go in
   * one upsert, which Salesforce refuses as a duplicate external id. The later one waits for the
   * next batch.
   */
  private static List<OutboxEntry> onePerRecord(List<OutboxEntry> claimed) {
    Set<String> seen = new HashSet<>();
    return claimed.stream().filter(e -> seen.add((e.byExternalId() ? "x:" : "id:") + e.recordKey())).toList();
  }

  /** Sends entries of one operation (all upserts or all updates) as one connector batch. */
  private BatchOutcome sendBatch(List<OutboxEntry> entries) throws SQLException {
    if (entries.get(0).byExternalId() && mapping.externalIdField() == null) {
      return new BatchOutcome(parkUnsendable(entries), false);
    }
    List<CrmRecord> records = entries.stream().map(this::toRecord).toList();
    WriteBatch batch = entries.get(0).byExternalId()
        ? WriteBatch.upsert(mapping.object(), mapping.externalIdField(), records)
        : WriteBatch.update(mapping.object(), records);
    long spentBefore = crm.budget().spent();
    Instant sentAt = clock.instant();
    List<WriteResult> results;
    try {
      results = crm.write(batch);
    } catch (CrmException e) {
      return new BatchOutcome(batchRefused(entries, e, crm.budget().spent() - spentBefore), true);
    }
    long apiCalls = crm.budget().spent() - spentBefore;
    int done = 0;
    int retried = 0;
    int parked = 0;
    for (WriteResult result : results) {
      OutboxEntry entry = entries.get(result.index());
      if (result.success()) {
        done += accepted.accepted(entry, result.id(), sentAt) ? 1 : 0;
      } else if (retryable(result) && entry.attempts() + 1 < settings.maxAttempts()) {
        retried += outbox.markFailed(entry, code(result), message(result), nextAttempt(entry)) ? 1 : 0;
      } else {
        if (outbox.park(entry, code(result), message(result))) {
          parked++;
          LOG.warn("Parked {} {} of org {} after {} attempts: {} {}", mapping.object(), entry.recordKey(), orgId,
              entry.attempts() + 1, code(result), message(result));
        }
      }
    }
    return new BatchOutcome(new DrainResult(entries.size(), done, retried, parked, apiCalls), false);
  }

  /** Entries keyed by external id of an object mapped without one cannot be upserted: parked, never sent. */
  private DrainResult parkUnsendable(List<OutboxEntry> entries) throws SQLException {
    int parked = 0;
    for (OutboxEntry entry : entries) {
      String message = mapping.object() + " has no external id field in its mapping, so the entry for external id '"
          + entry.externalId() + "' cannot be upserted";
      if (outbox.park(entry, "NO_EXTERNAL_ID_FIELD", message)) {
        parked++;
        LOG.warn("Parked {} {} of org {}: {}", mapping.object(), entry.externalId(), orgId, message);
      }
    }
    return new DrainResult(0, 0, 0, parked, 0);
  }

  /** The whole batch could not be attempted: every entry waits and is tried again, never parked. */
  private DrainResult batchRefused(List<OutboxEntry> entries, CrmException e, long apiCalls) throws SQLException {
    String code = e.code() != null ? e.code() : e.kind().name();
    LOG.warn("Outbound {} for org {}: batch of {} not written, will retry: {} {}", mapping.object(), orgId,
        entries.size(), code, e.getMessage());
    int retried = 0;
    for (OutboxEntry entry : entries) {
      retried += outbox.markFailed(entry, code, e.getMessage(), nextAttempt(entry)) ? 1 : 0;
    }
    return new DrainResult(entries.size(), 0, retried, 0, apiCalls);
  }

  /** A failure without any error given is treated as passing, so it is retried before it is parked. */
  private static boolean retryable(WriteResult result) {
    return result.errors().isEmpty() || result.retryable();
  }

  private Instant nextAttempt(OutboxEntry entry) {
    return clock.instant().plus(settings.backoff(entry.attempts() + 1));
  }

  /**
   * The record to write: for an upsert the external id, for an update the CRM id, plus the entry's
   * fields that the mapping sends to the CRM.
   */
  private CrmRecord toRecord(OutboxEntry entry) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (entry.byExternalId()) {
      fields.put(mapping.externalIdField(), entry.externalId());
    }
    entry.fields().forEach((name, value) -> {
      Optional<FieldMapping> field = mapping.field(name);
      if (field.isPresent() && field.get().outbound()
          && !field.get().field().equalsIgnoreCase(mapping.externalIdField())) {
        fields.put(field.get().field(), value);
      }
    });
    return new CrmRecord(mapping.object(), entry.byExternalId() ? null : entry.crmId(), fields);
  }

  private static String code(WriteResult result) {
    return result.errors().isEmpty() ? "UNKNOWN_ERROR" : result.errors().get(0).statusCode();
  }

  private static String message(WriteResult result) {
    if (result.errors().isEmpty()) {
      return "the CRM refused the record without giving a reason";
    }
    return result.errors().stream().map(RecordError::message).collect(Collectors.joining("; "));
  }
}
