package dev.bellwether.sync.conflict;

import dev.bellwether.store.FieldsJson;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.conflicts.ConflictEntry.Side;
import dev.bellwether.store.conflicts.ConflictLog;
import dev.bellwether.store.edits.CrmRecordFields;
import dev.bellwether.store.edits.LocalEditRepository;
import dev.bellwether.store.edits.LocalField;
import dev.bellwether.store.edits.LocalFieldState;
import dev.bellwether.store.edits.LocalRecord;
import dev.bellwether.store.outbox.OutboxRepository;
import dev.bellwether.sync.inbound.PageReconciler;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Bellwether's values in the records of an inbound page, in the page's transaction, after the
 * upsert replaced their fields with the CRM's: owned (outbound) values are put back, and each edit
 * of a field owned by both goes through the {@link ThreeWayRule}. A lost edit leaves the waiting
 * outbox row too, so the drain cannot overwrite the newer CRM value; a decided conflict is logged.
 * It never enqueues anything: what comes in is never written back out.
 */
public final class InboundConflictResolver implements PageReconciler {

  private static final Logger LOG = LoggerFactory.getLogger(InboundConflictResolver.class);
  static final String LAST_MODIFIED = "LastModifiedDate";

  private final LocalEditRepository edits;
  private final CrmRecordFields recordFields;
  private final OutboxRepository outbox;
  private final ConflictLog conflicts;
  private final FieldsJson json = new FieldsJson();
  private final Clock clock;

  public InboundConflictResolver(LocalEditRepository edits, CrmRecordFields recordFields, OutboxRepository outbox,
      ConflictLog conflicts, Clock clock) {
    this.edits = Objects.requireNonNull(edits, "edits");
    this.recordFields = Objects.requireNonNull(recordFields, "recordFields");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Over an open store's repositories. */
  public static InboundConflictResolver of(Store store, Clock clock) {
    return new InboundConflictResolver(store.localEdits(), store.recordFields(), store.outbox(), store.conflicts(),
        clock);
  }

  @Override
  public void reconcile(Connection tx, ObjectMapping mapping, List<StoredRecord> records) throws SQLException {
    // Objects Bellwether never writes, and orgs that never edited one, cost one indexed probe at most.
    if (records.isEmpty() || mapping.outboundFields().isEmpty()) {
      return;
    }
    String orgId = records.get(0).orgId();
    if (!edits.any(tx, orgId, mapping.object())) {
      return;
    }
    Map<String, StoredRecord> byCrmId = new LinkedHashMap<>();
    Map<String, StoredRecord> byExternalId = new HashMap<>();
    String externalIdField = inboundExternalIdField(mapping);
    for (StoredRecord r : records) {
      byCrmId.put(r.crmId(), r);
      if (externalIdField != null && fieldKey(r.fields(), externalIdField) != null) {
        Object ext = r.fields().get(fieldKey(r.fields(), externalIdField));
        if (ext != null && !ext.toString().isBlank()) {
          byExternalId.put(ext.toString(), r);
        }
      }
    }
    List<LocalRecord> locals = edits.lockAll(tx, orgId, mapping.object(), byCrmId.keySet(), byExternalId.keySet());
    Map<LocalRecord, StoredRecord> paired = pair(tx, locals, byCrmId, byExternalId);
    if (paired.isEmpty()) {
      return;
    }
    List<String> ids = paired.values().stream().map(StoredRecord::crmId).toList();
    Map<String, Instant> stored = recordFields.liveModstamps(tx, orgId, mapping.object(), ids);
    for (Map.Entry<LocalRecord, StoredRecord> e : paired.entrySet()) {
      StoredRecord version = e.getValue();
      // The upsert skips versions older than the stored one (and deleted records); so does this.
      // Both databases keep instants to the microsecond.
      Instant storedStamp = stored.get(version.crmId());
      if (storedStamp != null && storedStamp.equals(version.systemModstamp().truncatedTo(ChronoUnit.MICROS))) {
        reconcile(tx, mapping, e.getKey(), version);
      }
    }
  }

  /**
   * Each local record with the page's version of it; a record known so far only by its external id
   * learns its CRM id here.
   */
  private Map<LocalRecord, StoredRecord> pair(Connection tx, List<LocalRecord> locals,
      Map<String, StoredRecord> byCrmId, Map<String, StoredRecord> byExternalId) throws SQLException {
    Map<LocalRecord, StoredRecord> paired = new LinkedHashMap<>();
    for (LocalRecord local : locals) {
      if (local.crmId() != null) {
        StoredRecord version = byCrmId.get(local.crmId());
        if (version != null) {
          paired.put(local, version);
        }
        continue;
      }
      StoredRecord version = local.externalId() == null ? null : byExternalId.get(local.externalId());
      if (version == null) {
        continue;
      }
      boolean idTaken = locals.stream().anyMatch(o -> version.crmId().equals(o.crmId()));
      if (idTaken) {
        LOG.warn("org {}: {} {} has local values under its CRM id and its external id {}; those under the "
            + "external id are left as they are", local.orgId(), local.object(), version.crmId(), local.externalId());
        continue;
      }
      edits.setCrmId(tx, local, version.crmId());
      paired.put(local.withCrmId(version.crmId()), version);
    }
    return paired;
  }

  private void reconcile(Connection tx, ObjectMapping mapping, LocalRecord local, StoredRecord version)
      throws SQLException {
    Map<String, Object> view = new LinkedHashMap<>(version.fields());
    boolean viewChanged = false;
    Instant crmEditedAt = crmEditedAt(mapping, version);
    for (LocalField edit : local.fields().values()) {
      String key = fieldKey(version.fields(), edit.field());
      if (edit.state() == LocalFieldState.OWNED || key == null) {
        // Not read from the CRM (an outbound field, or one the CRM no longer has): Bellwether's value stands.
        if (key == null) {
          viewChanged |= put(view, edit.field(), edit.value());
        }
        continue;
      }
      Object crmValue = version.fields().get(key);
      Resolution resolution = ThreeWayRule.decide(edit, crmValue, crmEditedAt, version.systemModstamp());
      switch (resolution) {
        case KEEP_LOCAL -> viewChanged |= put(view, key, edit.value());
        case CONFIRMED, CRM_CHANGED_LATER -> edits.delete(tx, local, edit.field());
        case CRM_WINS -> {
          edits.delete(tx, local, edit.field());
          if (edit.outboxId() != null) {
            outbox.removeFields(tx, edit.outboxId(), List.of(edit.field()));
          }
          log(tx, local, version, edit, Side.CRM, crmValue, edit.value(), crmEditedAt);
        }
        case BELLWETHER_WINS -> {
          viewChanged |= put(view, key, edit.value());
          // The CRM's value is now the one the edit overrides: later versions still carrying it did
          // not touch the field again.
          edits.save(tx, local, edit.rebased(crmValue));
          log(tx, local, version, edit, Side.BELLWETHER, edit.value(), crmValue, crmEditedAt);
        }
        default -> throw new IllegalStateException("unhandled resolution " + resolution);
      }
    }
    if (viewChanged) {
      recordFields.replace(tx, local.orgId(), local.object(), version.crmId(), view);
    }
  }

  private void log(Connection tx, LocalRecord local, StoredRecord version, LocalField edit, Side winner,
      Object winnerValue, Object loserValue, Instant crmEditedAt) throws SQLException {
    conflicts.record(tx, new ConflictEntry(0, local.orgId(), local.object(), version.crmId(), edit.field(), winner,
        json.writeValue(winnerValue), json.writeValue(loserValue), clock.instant()));
    LOG.info("org {}: {} {} field {} changed on both sides (CRM at {}, Bellwether at {}); {} wins, the {} value "
        + "is kept in the conflict log", local.orgId(), local.object(), version.crmId(), edit.field(), crmEditedAt,
        edit.editedAt(), winner.code(), winner.other().code());
  }

  /** When the CRM last changed the record: LastModifiedDate when read, else SystemModstamp. */
  static Instant crmEditedAt(ObjectMapping mapping, StoredRecord version) {
    Optional<FieldMapping> lastModified = mapping.field(LAST_MODIFIED);
    String key = fieldKey(version.fields(), LAST_MODIFIED);
    if (lastModified.isPresent() && lastModified.get().inbound() && key != null
        && version.fields().get(key) instanceof String text) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        LOG.warn("{} {}: LastModifiedDate '{}' is not an instant; using SystemModstamp", version.object(),
            version.crmId(), text);
      }
    }
    return version.systemModstamp();
  }

  private static String inboundExternalIdField(ObjectMapping mapping) {
    if (mapping.externalIdField() == null) {
      return null;
    }
    return mapping.field(mapping.externalIdField()).filter(FieldMapping::inbound).map(FieldMapping::field)
        .orElse(null);
  }

  /** The key under which the fields hold {@code field}, matched ignoring case; null when absent. */
  static String fieldKey(Map<String, Object> fields, String field) {
    if (fields.containsKey(field)) {
      return field;
    }
    String lower = field.toLowerCase(Locale.ROOT);
    return fields.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower))
        .findFirst().orElse(null);
  }

  private static boolean put(Map<String, Object> view, String key, Object value) {
    boolean had = view.containsKey(key);
    Object before = view.put(key, value);
    return !had || !Objects.equals(before, value);
  }
}
