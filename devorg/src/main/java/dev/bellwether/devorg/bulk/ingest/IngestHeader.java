package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of an ingest job, resolved against the object: each column is a field, or a
 * relationship column such as {@code Parent.Ext_Id__c} that names a parent by external id.
 * Salesforce fails the whole job on a column it cannot resolve, naming the first one.
 */
final class IngestHeader {
  /**
   * One column.
   *
   * @param field the field the column writes (for a relationship column, the lookup field)
   * @param parentKey for a relationship column, the parent's key field; else null
   * @param parent for a relationship column, the parent object; else null
   */
  record Column(int index, String name, FieldDef field, ObjectDef parent, FieldDef parentKey) {
    boolean isRelationship() {
      return parentKey != null;
    }

    boolean isId() {
      return parentKey == null && field.name().equals("Id");
    }
  }

  private final String[] names;
  private final List<Column> columns;
  private final int idColumn;

  private IngestHeader(String[] names, List<Column> columns) {
    this.names = names;
    this.columns = List.copyOf(columns);
    this.idColumn = columns.stream().filter(Column::isId).mapToInt(Column::index).findFirst().orElse(-1);
  }

  /** Resolves every header name; fails on the first unknown or repeated one. */
  static IngestHeader resolve(String[] names, ObjectDef object, Schema schema) throws CsvDataException {
    List<Column> columns = new ArrayList<>(names.length);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      int index = i;
      Column column = name.indexOf('.') > 0 ? relationship(index, name, object, schema)
          : object.field(name).map(f -> new Column(index, name, f, null, null)).orElse(null);
      if (column == null) {
        throw new CsvDataException("InvalidBatch : Field name not found : " + name);
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new CsvDataException("InvalidBatch : Duplicate field name : " + name);
      }
      columns.add(column);
    }
    return new IngestHeader(names, columns);
  }

  /**
   * "Parent.Ext_Id__c": the lookup named by its relationship, keyed by a parent external id.
   * A polymorphic lookup names the parent type first, as in "Account:What.Ext_Id__c".
   */
  private static Column relationship(int index, String name, ObjectDef object, Schema schema) {
    int dot = name.indexOf('.');
    int colon = name.lastIndexOf(':', dot);
    String parentType = colon > 0 ? name.substring(0, colon) : null;
    Optional<FieldDef> lookup = object.relationship(name.substring(colon + 1, dot));
    if (lookup.isEmpty() || lookup.get().referenceTo().isEmpty()) {
      return null;
    }
    List<String> targets = lookup.get().referenceTo();
    String target = parentType == null ? targets.get(0)
        : targets.stream().filter(parentType::equalsIgnoreCase).findFirst().orElse(null);
    if (target == null || (parentType == null && targets.size() > 1)) {
      return null;
    }
    Optional<ObjectDef> parent = schema.object(target);
    Optional<FieldDef> key = parent.flatMap(p -> p.field(name.substring(dot + 1)))
        .filter(f -> f.externalId() || f.unique() || f.name().equals("Id"));
    return key.map(k -> new Column(index, name, lookup.get(), parent.get(), k)).orElse(null);
  }

  /** The header names as the client wrote them. */
  String[] names() {
    return names.clone();
  }

  int size() {
    return names.length;
  }

  List<Column> columns() {
    return columns;
  }

  /** The position of the Id column, or -1. */
  int idColumn() {
    return idColumn;
  }
}
