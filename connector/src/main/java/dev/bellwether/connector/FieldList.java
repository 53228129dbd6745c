package dev.bellwether.connector;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The immutable field list of an {@link ObjectSchema}, indexed by name: writers look a field up
 * for every value of every record, so a scan per lookup would dominate large batches.
 */
final class FieldList extends AbstractList<FieldSchema> implements RandomAccess {
  private final List<FieldSchema> fields;
  private final Map<String, FieldSchema> byName = new HashMap<>();
  private final Map<String, FieldSchema> byLowerName = new HashMap<>();

  private FieldList(List<FieldSchema> fields) {
    this.fields = List.copyOf(fields);
    for (FieldSchema f : this.fields) {
      byName.putIfAbsent(f.name(), f);
      byLowerName.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f);
    }
  }

  static FieldList of(List<FieldSchema> fields) {
    return fields instanceof FieldList already ? already : new FieldList(fields);
  }

  /** The field by name, exact spelling first, then ignoring case as Salesforce does. */
  FieldSchema find(String name) {
    FieldSchema exact = byName.get(name);
    return exact != null ? exact : byLowerName.get(name.toLowerCase(Locale.ROOT));
  }

  @Override
  public FieldSchema get(int index) {
    return fields.get(index);
  }

  @Override
  public int size() {
    return fields.size();
  }
}
