package dev.bellwether.devorg.store;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record. Values sit in an array by field position and the array is replaced, never
 * changed, on update, so a reader holding {@link #snapshot()} sees one consistent version.
 */
public final class StoredRecord {
  private final ObjectDef type;
  private final String id;
  private volatile State state;

  /** One version of a record's values and recycle-bin status. */
  public record State(Object[] values, boolean deleted, Instant deletedAt) {}

  StoredRecord(ObjectDef type, String id, State state) {
    this.type = type;
    this.id = id;
    this.state = state;
  }

  public ObjectDef type() { return type; }
  public String id() { return id; }
  public boolean deleted() { return state.deleted(); }
  public Instant deletedAt() { return state.deletedAt(); }

  /** The current version; callers must not change its array. */
  public State snapshot() {
    return state;
  }

  void replace(State next) {
    state = next;
  }

  /** A field value by name (null when unset or unknown). */
  public Object get(String fieldName) {
    int i = type.indexOf(fieldName);
    return i < 0 ? null : get(i);
  }

  /** A field value by position. */
  public Object get(int index) {
    Object[] v = state.values();
    return index < v.length ? v[index] : null;
  }

  /** The non-null field values by API name, in field order. */
  public Map<String, Object> asMap() {
    Object[] v = state.values();
    List<FieldDef> fields = type.fields();
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(v.length, fields.size()); i++) {
      if (v[i] != null) {
        out.put(fields.get(i).name(), v[i]);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return type.name() + "(" + id + ")";
  }
}
