package dev.bellwether.devorg.store;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The records of one org, in memory. Writes run one batch at a time under a write lock, so a
 * batch with allOrNone is all-or-nothing; reads share a read lock.
 */
public final class OrgStore {
  private final Schema schema;
  private final IdAllocator ids = new IdAllocator();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, StoredRecord> byId = new HashMap<>();
  private final Map<String, LinkedHashMap<String, StoredRecord>> byType = new HashMap<>();
  /** "type.field" (lower case) → field value (lower case) → ids, for unique and external-id fields. */
  private final Map<String, Map<String, Set<String>>> valueIndex = new HashMap<>();
  private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
  private volatile RecordFaults faults = RecordFaults.NONE;

  public OrgStore(Schema schema) {
    this.schema = schema;
  }

  public Schema schema() {
    return schema;
  }

  public IdAllocator ids() {
    return ids;
  }

  public void addListener(StoreListener listener) {
    listeners.add(listener);
  }

  public void setFaults(RecordFaults faults) {
    this.faults = faults;
  }

  /**
   * Applies a batch in order. With allOrNone, one failure rolls every write of the batch back
   * and the other results report ALL_OR_NONE_OPERATION_ROLLED_BACK.
   */
  public List<WriteResult> apply(List<? extends WriteOp> ops, boolean allOrNone, WriteContext ctx) {
    lock.writeLock().lock();
    try {
      UndoLog undo = new UndoLog();
      WriteExecutor exec = new WriteExecutor(this, ctx, faults, undo);
      List<WriteResult> results = new ArrayList<>(ops.size());
      boolean anyFailed = false;
      for (WriteOp op : ops) {
        WriteResult r = exec.execute(op);
        anyFailed |= !r.success();
        results.add(r);
      }
      if (allOrNone && anyFailed) {
        undo.rollBack(this);
        List<WriteResult> rolledBack = new ArrayList<>(results.size());
        for (WriteResult r : results) {
          rolledBack.add(r.success() ? WriteResult.failed(null, SaveError.of(
              "ALL_OR_NONE_OPERATION_ROLLED_BACK",
              "Record rolled back because not all records were valid and the request was using AllOrNone header"))
              : new WriteResult(null, false, false, r.errors()));
        }
        return rolledBack;
      }
      List<StoredRecord> changed = undo.touched();
      for (StoreListener l : listeners) {
        l.committed(changed);
      }
      return results;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** A record by 15- or 18-character id, deleted ones included. */
  public Optional<StoredRecord> find(String id) {
    String full = Ids.normalize(id);
    if (full == null) {
      return Optional.empty();
    }
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byId.get(full));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The records of a type in creation order; deleted ones only when asked. */
  public List<StoredRecord> scan(ObjectDef type, boolean includeDeleted) {
    return scan(type, r -> includeDeleted || !r.deleted());
  }

  /** The records of a type, in creation order, that pass a filter. */
  public List<StoredRecord> scan(ObjectDef type, Predicate<StoredRecord> filter) {
    lock.readLock().lock();
    try {
      Map<String, StoredRecord> m = byType.get(key(type));
      if (m == null) {
        return List.of();
      }
      List<StoredRecord> out = new ArrayList<>();
      for (StoredRecord r : m.values()) {
        if (filter.test(r)) {
          out.add(r);
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many live records a type has. */
  public int count(ObjectDef type) {
    return scan(type, false).size();
  }

  /** Ids of records of a type holding this value in a unique or external-id field. */
  public Set<String> lookup(ObjectDef type, FieldDef field, Object value) {
    lock.readLock().lock();
    try {
      return Set.copyOf(idsWith(type, field, value));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Puts a record in the state it had when journalled (restoring a persisted org). Skips
   * validation: the journal only ever holds committed states.
   */
  public void restore(ObjectDef type, String id, StoredRecord.State state) {
    lock.writeLock().lock();
    try {
      ids.observe(id);
      StoredRecord existing = byId.get(id);
      if (existing == null) {
        insertRecord(new StoredRecord(type, id, state));
      } else {
        replaceState(existing, state);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- package-private mutation primitives, used by WriteExecutor and UndoLog under the write lock

  StoredRecord byIdLocked(String id) {
    return byId.get(id);
  }

  Set<String> idsWith(ObjectDef type, FieldDef field, Object value) {
    Map<String, Set<String>> idx = valueIndex.get(indexKey(type, field));
    if (idx == null || value == null) {
      return Set.of();
    }
    Set<String> found = idx.get(indexValue(value));
    return found == null ? Set.of() : found;
  }

  void insertRecord(StoredRecord r) {
    byId.put(r.id(), r);
    byType.computeIfAbsent(key(r.type()), k -> new LinkedHashMap<>()).put(r.id(), r);
    index(r, r.snapshot(), true);
  }

  void removeRecord(StoredRecord r) {
    index(r, r.snapshot(), false);
    byId.remove(r.id());
    Map<String, StoredRecord> m = byType.get(key(r.type()));
    if (m != null) {
      m.remove(r.id());
    }
  }

  void replaceState(StoredRecord r, StoredRecord.State next) {
    index(r, r.snapshot(), false);
    r.replace(next);
    index(r, next, true);
  }

  private void index(StoredRecord r, StoredRecord.State state, boolean add) {
    if (state.deleted()) {
      return;
    }
    List<FieldDef> fields = r.type().fields();
    Object[] v = state.values();
    for (int i = 0; i < Math.min(v.length, fields.size()); i++) {
      FieldDef f = fields.get(i);
      if ((f.unique() || f.externalId()) && v[i] != null) {
        Map<String, Set<String>> idx = valueIndex.computeIfAbsent(indexKey(r.type(), f), k -> new HashMap<>());
        String value = indexValue(v[i]);
        if (add) {
          idx.computeIfAbsent(value, k -> new LinkedHashSet<>(2)).add(r.id());
        } else {
          Set<String> set = idx.get(value);
          if (set != null) {
            set.remove(r.id());
            if (set.isEmpty()) {
              idx.remove(value);
            }
          }
        }
      }
    }
  }

  private static String key(ObjectDef type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static String indexKey(ObjectDef type, FieldDef f) {
    return key(type) + "." + f.name().toLowerCase(Locale.ROOT);
  }

  /** Unique and external-id text is matched without regard to case, as Salesforce does by default. */
  private static String indexValue(Object value) {
    return value.toString().toLowerCase(Locale.ROOT);
  }

  /** Records of a type deleted within [from, to]. */
  public List<StoredRecord> deletedBetween(ObjectDef type, Instant from, Instant to) {
    return scan(type, r -> r.deleted() && !r.deletedAt().isBefore(from) && !r.deletedAt().isAfter(to));
  }

  /** Every record of every type (for snapshots). */
  public Collection<StoredRecord> all() {
    lock.readLock().lock();
    try {
      return List.copyOf(byId.values());
    } finally {
      lock.readLock().unlock();
    }
  }
}
