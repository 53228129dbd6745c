package dev.bellwether.devorg.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One sObject type. Fields are only ever appended (a Metadata deploy may add fields at run
 * time), so a field's position is stable and the store can keep values in arrays.
 */
public final class ObjectDef {
  private final String name;
  private final String label;
  private final String labelPlural;
  private final String keyPrefix;
  private final boolean custom;
  private volatile List<FieldDef> fields = List.of();
  private volatile Map<String, Integer> indexByLowerName = Map.of();
  private volatile Map<String, Integer> indexByLowerRelationship = Map.of();
  private volatile SchemaListener listener;

  public ObjectDef(String name, String label, String labelPlural, String keyPrefix, boolean custom) {
    this.name = name;
    this.label = label;
    this.labelPlural = labelPlural;
    this.keyPrefix = keyPrefix;
    this.custom = custom;
  }

  public String name() { return name; }
  public String label() { return label; }
  public String labelPlural() { return labelPlural; }
  public String keyPrefix() { return keyPrefix; }
  public boolean custom() { return custom; }

  /** The fields in their stable order. */
  public List<FieldDef> fields() {
    return fields;
  }

  /** Looks a field up by name, ignoring case as Salesforce does. */
  public Optional<FieldDef> field(String fieldName) {
    Integer i = indexByLowerName.get(fieldName.toLowerCase(Locale.ROOT));
    return i == null ? Optional.empty() : Optional.of(fields.get(i));
  }

  /** The stable position of a field, or -1. */
  public int indexOf(String fieldName) {
    Integer i = indexByLowerName.get(fieldName.toLowerCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  /** The lookup field whose relationship has this name (Owner → OwnerId, Account__r → Account__c). */
  public Optional<FieldDef> relationship(String relationshipName) {
    Integer i = indexByLowerRelationship.get(relationshipName.toLowerCase(Locale.ROOT));
    return i == null ? Optional.empty() : Optional.of(fields.get(i));
  }

  /** Adds a field, or replaces the definition of an existing one in place (same position). */
  public synchronized void putField(FieldDef field) {
    List<FieldDef> next = new ArrayList<>(fields);
    int existing = indexOf(field.name());
    if (existing >= 0) {
      next.set(existing, field);
    } else {
      next.add(field);
    }
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> byRel = new HashMap<>();
    for (int i = 0; i < next.size(); i++) {
      FieldDef f = next.get(i);
      byName.put(f.name().toLowerCase(Locale.ROOT), i);
      if (f.relationshipName() != null) {
        byRel.put(f.relationshipName().toLowerCase(Locale.ROOT), i);
      }
    }
    indexByLowerName = Collections.unmodifiableMap(byName);
    indexByLowerRelationship = Collections.unmodifiableMap(byRel);
    fields = List.copyOf(next);
    SchemaListener l = listener;
    if (l != null) {
      l.fieldPut(this, field);
    }
  }

  /** Set by the schema this object joins, so field changes reach schema listeners. */
  void listenWith(SchemaListener listener) {
    this.listener = listener;
  }

  @Override
  public String toString() {
    return name;
  }
}
