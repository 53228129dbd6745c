package dev.bellwether.service.reliability;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.service.reliability.CrmLedger.Ref;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.Watermark;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.sync.conflict.FieldValues;
import dev.bellwether.sync.inbound.InboundRound;
import dev.bellwether.sync.inbound.InboundSettings;
import dev.bellwether.sync.inbound.InboundStore;
import dev.bellwether.sync.inbound.InboundSyncs;
import dev.bellwether.sync.inbound.PageListener;
import dev.bellwether.sync.inbound.StoredValues;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must hold after the last sync, checked against devorg over HTTP: the store holds exactly
 * devorg's live records with devorg's values in every inbound field (compared with a clean first
 * load into a fresh database), agrees with every CRM edit made during the suite, has an empty
 * outbox with only the poison parked, and every local edit reached devorg once. Every problem is
 * collected, so one failure shows all of them.
 */
final class FinalCheck {
  private static final int SHOWN = 60;

  private final String orgId;
  private final Mappings mappings;
  private final List<String> problems = new ArrayList<>();
  private int checkedRecords;
  private int checkedFields;

  FinalCheck(String orgId, Mappings mappings) {
    this.orgId = orgId;
    this.mappings = mappings;
  }

  /** Loads every mapped object from devorg into an empty store, as a first sync with no faults would. */
  static void loadReference(String orgId, Mappings mappings, CrmConnector crm, Store reference) throws CrmException {
    InboundRound round = new InboundSyncs(orgId, mappings, crm, InboundStore.of(reference, "reference"),
        InboundSettings.defaults(), PageListener.NONE).runOnce();
    if (!round.failures().isEmpty()) {
      throw new AssertionError("the reference load of devorg failed: " + round.failures());
    }
  }

  /**
   * The store's live records of every inbound object are devorg's, field by field.
   *
   * @param drainedLast external ids the last run wrote to devorg after its inbound pass: records
   *     it created that way are read back by the next poll, so they may be missing from the store
   */
  void storeMatchesDevorg(Store store, Store reference, Set<String> drainedLast) throws SQLException {
    for (ObjectMapping mapping : mappings.objects()) {
      if (mapping.inboundFields().isEmpty()) {
        continue;
      }
      String object = mapping.object();
      Optional<Watermark> watermark = store.watermarks().find(orgId, object);
      if (watermark.isEmpty() || !watermark.get().firstLoadDone()) {
        problems.add(object + ": first load not done (watermark " + watermark.orElse(null) + ")");
      }
      Map<String, StoredRecord> mine = live(store, object);
      Map<String, StoredRecord> devorg = live(reference, object);
      for (String id : new TreeSet<>(devorg.keySet())) {
        StoredRecord expected = devorg.get(id);
        StoredRecord actual = mine.get(id);
        if (actual == null) {
          if (!drainedLast.contains(String.valueOf(value(expected, mapping.externalIdField())))) {
            problems.add(object + " " + id + ": live in devorg but not in the store (missed)");
          }
          continue;
        }
        checkedRecords++;
        for (String field : mapping.inboundFields()) {
          checkedFields++;
          Object want = value(expected, field);
          Object got = value(actual, field);
          if (!FieldValues.same(want, got)) {
            problems.add(object + " " + id + "." + field + ": store has " + got + ", devorg " + want);
          }
        }
      }
      for (String id : new TreeSet<>(mine.keySet())) {
        if (!devorg.containsKey(id)) {
          problems.add(object + " " + id + ": live in the store but not in devorg (deleted there, or never existed)");
        }
      }
    }
  }

  /** Every CRM edit made during the suite is in the store: last values, inserts, deletions. */
  void storeMatchesLedger(Store store, CrmLedger ledger) throws SQLException {
    Map<String, Map<String, StoredRecord>> byObject = new HashMap<>();
    for (Map.Entry<Ref, Map<String, Object>> e : ledger.lastWritten().entrySet()) {
      Ref ref = e.getKey();
      StoredRecord stored = byObject.computeIfAbsent(ref.object(), o -> liveOrEmpty(store, o)).get(ref.id());
      if (stored == null) {
        problems.add(ref.object() + " " + ref.id() + ": edited in the CRM, live there, but not live in the store");
        continue;
      }
      e.getValue().forEach((field, value) -> {
        if (!FieldValues.same(value(stored, field), value)) {
          problems.add(ref.object() + " " + ref.id() + "." + field + ": the CRM editor last wrote " + value
              + ", the store has " + value(stored, field));
        }
      });
    }
    for (Ref ref : ledger.created()) {
      if (!byObject.computeIfAbsent(ref.object(), o -> liveOrEmpty(store, o)).containsKey(ref.id())) {
        problems.add(ref.object() + " " + ref.id() + ": created in the CRM but not live in the store");
      }
    }
    for (Ref ref : ledger.deleted()) {
      if (byObject.computeIfAbsent(ref.object(), o -> liveOrEmpty(store, o)).containsKey(ref.id())) {
        problems.add(ref.object() + " " + ref.id() + ": deleted in the CRM but still live in the store");
      }
    }
  }

  /** Nothing waits in the outbox, and the parked list is exactly the poison. */
  void outboxSettled(Store store, String poison) throws SQLException {
    for (ObjectMapping mapping : mappings.objects()) {
      long pending = store.outbox().counts(orgId, mapping.object()).pending();
      if (pending > 0) {
        problems.add(mapping.object() + ": " + pending + " outbox entries still pending after the last sync");
      }
    }
    List<String> parked = new ArrayList<>();
    for (OutboxEntry entry : store.outbox().listParked(orgId)) {
      parked.add(entry.object() + " " + (entry.externalId() != null ? entry.externalId() : entry.crmId()) + " ("
          + entry.lastErrorCode() + ")");
    }
    boolean onlyPoison = parked.size() == 1 && parked.get(0).startsWith(LocalEditor.OBJECT + " " + poison + " ");
    if (!onlyPoison) {
      problems.add("parked entries should be exactly the poison " + poison + ", are " + parked);
    }
  }

  /** Each snapshot Bellwether wrote is in devorg exactly once with its last values; the poison is not. */
  void snapshotsReachedDevorg(CrmConnector crm, Map<String, Map<String, Object>> expected, String poison)
      throws CrmException {
    ObjectMapping mapping = mappings.object(LocalEditor.OBJECT).orElseThrow();
    Map<String, List<CrmRecord>> byExternalId = new HashMap<>();
    List<String> fields = new ArrayList<>(mapping.outboundFields());
    try (RecordStream stream = crm.firstLoad(new ReadRequest(mapping.object(), fields))) {
      for (Optional<RecordPage> page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
        for (CrmRecord r : page.get().records()) {
          byExternalId.computeIfAbsent(String.valueOf(r.get(mapping.externalIdField())), k -> new ArrayList<>())
              .add(r);
        }
      }
    }
    for (Map.Entry<String, Map<String, Object>> e : expected.entrySet()) {
      List<CrmRecord> found = byExternalId.getOrDefault(e.getKey(), List.of());
      if (found.size() != 1) {
        problems.add(mapping.object() + " " + e.getKey() + ": " + found.size() + " records in devorg, expected 1");
        continue;
      }
      e.getValue().forEach((field, value) -> {
        Object actual = StoredValues.toStored(found.get(0).get(field));
        if (!FieldValues.same(actual, value)) {
          problems.add(mapping.object() + " " + e.getKey() + "." + field + ": Bellwether last wrote " + value
              + ", devorg has " + actual);
        }
      });
    }
    Set<String> unexpected = new HashSet<>(byExternalId.keySet());
    unexpected.removeAll(expected.keySet());
    if (!unexpected.isEmpty()) {
      problems.add(mapping.object() + ": records in devorg Bellwether never wrote (or the poison): " + unexpected);
    }
    if (poison != null && byExternalId.containsKey(poison)) {
      problems.add(mapping.object() + " " + poison + ": the poison reached devorg");
    }
  }

  /** Each Account whose Bellwether-owned fields were updated by CRM id has their last values in devorg. */
  void accountEditsReachedDevorg(CrmConnector crm, Map<String, Map<String, Object>> expected)
      throws CrmException {
    if (expected.isEmpty()) {
      return;
    }
    Set<String> fields = new TreeSet<>();
    expected.values().forEach(v -> fields.addAll(v.keySet()));
    Map<String, CrmRecord> byId = new HashMap<>();
    try (RecordStream stream = crm.firstLoad(new ReadRequest("Account", List.copyOf(fields)))) {
      for (Optional<RecordPage> page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
        page.get().records().forEach(r -> byId.put(r.id(), r));
      }
    }
    expected.forEach((id, values) -> {
      CrmRecord found = byId.get(id);
      if (found == null) {
        problems.add("Account " + id + ": edited by Bellwether but not live in devorg");
        return;
      }
      values.forEach((field, value) -> {
        Object actual = StoredValues.toStored(found.get(field));
        if (!FieldValues.same(actual, value)) {
          problems.add("Account " + id + "." + field + ": Bellwether last wrote " + value + ", devorg has " + actual);
        }
      });
    });
  }

  /** How much was compared, for the summary. */
  String coverage() {
    return checkedRecords + " records and " + checkedFields + " fields compared with devorg";
  }

  void assertPassed() {
    if (!problems.isEmpty()) {
      List<String> shown = problems.subList(0, Math.min(SHOWN, problems.size()));
      throw new AssertionError(problems.size() + " problems after the last sync:\n  " + String.join("\n  ", shown)
          + (problems.size() > SHOWN ? "\n  ..." : ""));
    }
  }

  private Map<String, StoredRecord> live(Store store, String object) throws SQLException {
    Map<String, StoredRecord> live = new LinkedHashMap<>();
    store.records().findAll(orgId, object).forEach((id, r) -> {
      if (!r.deleted()) {
        live.put(id, r);
      }
    });
    return live;
  }

  private Map<String, StoredRecord> liveOrEmpty(Store store, String object) {
    try {
      return live(store, object);
    } catch (SQLException e) {
      throw new IllegalStateException("reading " + object + " from the store failed: " + e.getMessage(), e);
    }
  }

  /** A field of a stored record, its name matched without regard to case as Salesforce does; null when absent. */
  private static Object value(StoredRecord record, String field) {
    if (field == null) {
      return null;
    }
    if (record.fields().containsKey(field)) {
      return record.fields().get(field);
    }
    for (Map.Entry<String, Object> e : record.fields().entrySet()) {
      if (e.getKey().equalsIgnoreCase(field)) {
        return e.getValue();
      }
    }
    return null;
  }
}
