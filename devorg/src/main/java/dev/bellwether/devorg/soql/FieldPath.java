package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.List;

/**
 * A field reached from the queried object through zero or more lookups (Owner.Name,
 * Account.Owner.Email), with positions resolved once so a row is read by array index.
 *
 * @param object the object holding the field, or null after a polymorphic lookup (What.Name),
 *     where the field is found by name on whatever type the parent turns out to be
 * @param index the field's position on object, or -1 when object is null
 */
record FieldPath(List<Hop> hops, ObjectDef object, FieldDef field, int index)
    implements ValueSource<StoredRecord> {

  /** One lookup step: the reference field and the object it points to (null when polymorphic). */
  record Hop(FieldDef reference, int index, ObjectDef target) {
    String relationshipName() {
      return reference.relationshipName();
    }

    /** The parent a row points to, or null when the lookup is empty or dangling. */
    StoredRecord follow(StoredRecord row, ParentLookup parents) {
      Object id = row.get(index);
      if (id == null) {
        return null;
      }
      StoredRecord parent = parents.find((String) id);
      if (parent == null || target == null || parent.type() == target) {
        return parent;
      }
      return parent.type().name().equals(target.name()) ? parent : null;
    }
  }

  FieldPath {
    hops = List.copyOf(hops);
  }

  @Override
  public Object read(StoredRecord row, ParentLookup parents) {
    StoredRecord current = row;
    for (int i = 0; i < hops.size(); i++) {
      current = hops.get(i).follow(current, parents);
      if (current == null) {
        return null;
      }
    }
    return index >= 0 ? current.get(index) : current.get(field.name());
  }

  @Override
  public ValueKind kind() {
    return ValueKind.of(field.type());
  }

  @Override
  public boolean isRootId() {
    return hops.isEmpty() && field.name().equals("Id");
  }

  /** The canonical path, e.g. "Owner.Name", used to match SELECT fields to GROUP BY fields. */
  String dotted() {
    StringBuilder out = new StringBuilder();
    for (Hop h : hops) {
      out.append(h.relationshipName()).append('.');
    }
    return out.append(field.name()).toString();
  }

  /** Long text areas cannot be filtered, sorted or grouped in Salesforce. */
  boolean isLongText() {
    return field.type() == FieldType.TEXTAREA && field.length() > 255;
  }
}
