package dev.bellwether.sync.local;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Transactions;
import dev.bellwether.store.edits.CrmRecordFields;
import dev.bellwether.store.edits.LocalEditRepository;
import dev.bellwether.store.edits.LocalField;
import dev.bellwether.store.edits.LocalFieldState;
import dev.bellwether.store.edits.LocalRecord;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.outbox.OutboxRepository;
import dev.bellwether.sync.conflict.FieldValues;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bellwether's own changes to CRM records. Each call checks the values against the mappings (only
 * outbound and both-ways fields can be written), keeps only those that differ from what the store
 * knows, and in one transaction updates the store's view of the record, queues the values in the
 * outbox and remembers them per field ({@code local_field}) so inbound sync neither wipes them nor
 * mistakes the CRM's echo of them for a change.
 *
 * <p>A record with an external id is written by upsert on it; one without (e.g. an Account) by
 * update on its CRM id. Concurrent edits of one record are serialised by row locks; an edit racing
 * an inbound page over the very record may end in a deadlock error, which the caller retries.
 */
public final class LocalEdits {

  private final String orgId;
  private final Mappings mappings;
  private final Transactions transactions;
  private final LocalEditRepository edits;
  private final CrmRecordFields recordFields;
  private final OutboxRepository outbox;
  private final Clock clock;

  public LocalEdits(String orgId, Mappings mappings, Transactions transactions, LocalEditRepository edits,
      CrmRecordFields recordFields, OutboxRepository outbox, Clock clock) {
    this.orgId = Objects.requireNonNull(orgId, "orgId");
    this.mappings = Objects.requireNonNull(mappings, "mappings");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.edits = Objects.requireNonNull(edits, "edits");
    this.recordFields = Objects.requireNonNull(recordFields, "recordFields");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public LocalEdits(String orgId, Mappings mappings, Store store, Clock clock) {
    this(orgId, mappings, store.transactions(), store.localEdits(), store.recordFields(), store.outbox(), clock);
  }

  /**
   * Changes fields of a record Bellwether knows from the CRM, in a transaction of its own.
   *
   * @throws IllegalArgumentException for an unknown object or field, a field the CRM owns, or a
   *     record not in the store
   */
  public EditOutcome edit(String object, String crmId, Map<String, ?> values) throws SQLException {
    return transactions.inTransaction(tx -> edit(tx, object, crmId, values));
  }

  /** Like {@link #edit(String, String, Map)} in the caller's transaction, with whatever else it writes. */
  public EditOutcome edit(Connection tx, String object, String crmId, Map<String, ?> values) throws SQLException {
    ObjectMapping mapping = mapping(object);
    if (crmId == null || crmId.isBlank()) {
      throw new IllegalArgumentException(mapping.object() + ": an edit needs the record's CRM id");
    }
    Map<String, Object> wanted = EditValues.of(mapping, values, null);
    Optional<StoredRecord> stored = recordFields.lock(tx, orgId, mapping.object(), crmId).filter(r -> !r.deleted());
    String externalId = stored.map(r -> externalIdOf(mapping, r)).orElse(null);
    Optional<LocalRecord> local = edits.lock(tx, orgId, mapping.object(), crmId, externalId)
        .filter(r -> r.crmId() == null || r.crmId().equals(crmId));
    if (stored.isEmpty() && local.isEmpty()) {
      throw new IllegalArgumentException(mapping.object() + " " + crmId + " is not in the store of org " + orgId
          + " (or was deleted): Bellwether edits records it has read from the CRM or created itself");
    }
    if (local.isPresent() && local.get().crmId() == null) {
      edits.setCrmId(tx, local.get(), crmId);
      local = Optional.of(local.get().withCrmId(crmId));
    }
    if (local.isPresent() && local.get().externalId() != null) {
      externalId = local.get().externalId();
    }
    return apply(tx, mapping, new Target(crmId, externalId, stored, local), wanted);
  }

  /**
   * Creates or updates a record of an object Bellwether writes by external id (e.g. a CS_Health__c
   * snapshot), possibly before the CRM has it, in a transaction of its own.
   *
   * @throws IllegalArgumentException for an unknown object or field, a field the CRM owns, or an
   *     object without an external id field
   */
  public EditOutcome upsert(String object, String externalId, Map<String, ?> values) throws SQLException {
    return transactions.inTransaction(tx -> upsert(tx, object, externalId, values));
  }

  /** Like {@link #upsert(String, String, Map)} in the caller's transaction, with whatever else it writes. */
  public EditOutcome upsert(Connection tx, String object, String externalId, Map<String, ?> values)
      throws SQLException {
    ObjectMapping mapping = mapping(object);
    if (mapping.externalIdField() == null) {
      throw new IllegalArgumentException(mapping.object() + " has no external id field in its mapping, so it "
          + "cannot be upserted; edit its records by CRM id");
    }
    if (externalId == null || externalId.isBlank()) {
      throw new IllegalArgumentException(mapping.object() + ": an upsert needs a value for the external id field "
          + mapping.externalIdField());
    }
    Map<String, Object> wanted = EditValues.of(mapping, values, externalId);
    // The stored row is locked before the local one (the order inbound pages take them in), so the
    // CRM id is looked up first without a lock.
    String crmId = edits.find(tx, orgId, mapping.object(), null, externalId).map(LocalRecord::crmId).orElse(null);
    Optional<StoredRecord> stored = lockStored(tx, mapping, crmId);
    Optional<LocalRecord> local = edits.lock(tx, orgId, mapping.object(), null, externalId);
    String lockedCrmId = local.map(LocalRecord::crmId).orElse(null);
    if (lockedCrmId != null && !lockedCrmId.equals(crmId)) {
      // An inbound page learned the CRM id in between.
      crmId = lockedCrmId;
      stored = lockStored(tx, mapping, crmId);
    }
    return apply(tx, mapping, new Target(crmId, externalId, stored, local), wanted);
  }

  /** The record an edit is for: its ids, its stored row (CRM values with local ones merged) and local row. */
  private record Target(String crmId, String externalId, Optional<StoredRecord> stored, Optional<LocalRecord> local) {
  }

  private EditOutcome apply(Connection tx, ObjectMapping mapping, Target target, Map<String, Object> wanted)
      throws SQLException {
    Map<String, Object> known = known(target);
    Map<String, Object> changed = new LinkedHashMap<>();
    wanted.forEach((field, value) -> {
      String key = keyOf(known, field);
      if (key == null || !FieldValues.same(known.get(key), value)) {
        changed.put(field, value);
      }
    });
    if (changed.isEmpty()) {
      return new EditOutcome(mapping.object(), target.crmId(), target.externalId(), Map.of(), null);
    }
    Instant now = clock.instant();
    OutboxEntry entry = target.externalId() != null
        ? OutboxEntry.change(orgId, mapping.object(), target.externalId(), changed, now)
        : OutboxEntry.update(orgId, mapping.object(), target.crmId(), changed, now);
    LocalRecord local = target.local().isPresent() ? target.local().get()
        : edits.create(tx, orgId, mapping.object(), target.crmId(), target.externalId(), now);
    long outboxId = outbox.enqueue(tx, entry);
    List<LocalField> kept = new ArrayList<>(changed.size());
    for (Map.Entry<String, Object> e : changed.entrySet()) {
      String field = e.getKey();
      Direction direction = mapping.field(field).orElseThrow().direction();
      kept.add(direction == Direction.OUTBOUND
          ? LocalField.owned(field, e.getValue(), now, outboxId)
          : LocalField.pending(field, e.getValue(), base(local, target.stored(), field), now, outboxId));
    }
    edits.saveAll(tx, local, kept);
    if (target.stored().isPresent()) {
      Map<String, Object> view = new LinkedHashMap<>(target.stored().get().fields());
      changed.forEach((field, value) -> {
        String key = keyOf(view, field);
        view.put(key != null ? key : field, value);
      });
      recordFields.replace(tx, orgId, mapping.object(), target.crmId(), view);
    }
    return new EditOutcome(mapping.object(), target.crmId(), target.externalId(), changed, outboxId);
  }

  /** What the store knows of the record: its stored fields, with the values Bellwether keeps over them. */
  private static Map<String, Object> known(Target target) {
    Map<String, Object> known = new LinkedHashMap<>();
    target.stored().ifPresent(r -> known.putAll(r.fields()));
    target.local().ifPresent(r -> r.fields().values().forEach(f -> {
      String key = keyOf(known, f.field());
      known.put(key != null ? key : f.field(), f.value());
    }));
    return known;
  }

  /**
   * The CRM value a new edit of a field owned by both overrides: the edit already waiting keeps
   * its base (the CRM has confirmed nothing since); an accepted edit's value is what the CRM has
   * now; otherwise the stored record holds the CRM's own value.
   */
  private static Object base(LocalRecord local, Optional<StoredRecord> stored, String field) {
    Optional<LocalField> prior = local.field(field);
    if (prior.isPresent()) {
      return prior.get().state() == LocalFieldState.PENDING ? prior.get().baseValue() : prior.get().value();
    }
    return stored.map(r -> {
      String key = keyOf(r.fields(), field);
      return key == null ? null : r.fields().get(key);
    }).orElse(null);
  }

  private Optional<StoredRecord> lockStored(Connection tx, ObjectMapping mapping, String crmId) throws SQLException {
    if (crmId == null) {
      return Optional.empty();
    }
    return recordFields.lock(tx, orgId, mapping.object(), crmId).filter(r -> !r.deleted());
  }

  private ObjectMapping mapping(String object) {
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("an edit needs an object");
    }
    return mappings.object(object).orElseThrow(() -> new IllegalArgumentException("unknown object '" + object
        + "': it has no mapping (mapped: " + String.join(", ",
        mappings.objects().stream().map(ObjectMapping::object).toList()) + ")"));
  }

  /** The record's external id value as stored, when its object has an external id field. */
  private static String externalIdOf(ObjectMapping mapping, StoredRecord record) {
    if (mapping.externalIdField() == null) {
      return null;
    }
    String key = keyOf(record.fields(), mapping.externalIdField());
    Object value = key == null ? null : record.fields().get(key);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  /** The key under which {@code fields} holds {@code field}, ignoring case as Salesforce does; null when absent. */
  private static String keyOf(Map<String, Object> fields, String field) {
    if (fields.containsKey(field)) {
      return field;
    }
    String lower = field.toLowerCase(Locale.ROOT);
    return fields.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)).findFirst().orElse(null);
  }
}
