package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteOperation;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header of an ingest CSV: the union of the batch's fields in first-seen order (compared
 * case-insensitively, as Salesforce compares names), Id first for update and delete and alone for
 * delete; and which columns identify a row when results come back.
 */
final class IngestColumns {
  static final String ID = "Id";
  private final List<String> names;
  private final String[] wireNames;
  private final Map<String, Integer> positions;
  private final Map<String, Integer> exactPositions = new HashMap<>();
  private final String[] keyNames;

  private IngestColumns(List<String> names, Namespace namespace, List<String> keyNames) {
    this.names = List.copyOf(names);
    this.wireNames = names.stream().map(namespace::qualify).toArray(String[]::new);
    this.positions = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      positions.put(lower(names.get(i)), i);
      exactPositions.put(names.get(i), i);
    }
    this.keyNames = keyNames.stream().map(namespace::qualify).toArray(String[]::new);
  }

  static IngestColumns of(WriteBatch batch, Namespace namespace) {
    WriteOperation op = batch.operation();
    Map<String, String> union = new LinkedHashMap<>();
    if (op == WriteOperation.UPDATE || op == WriteOperation.DELETE) {
      union.put(lower(ID), ID);
    }
    if (op != WriteOperation.DELETE) {
      boolean idIsData = op == WriteOperation.UPSERT && batch.externalIdField().equalsIgnoreCase(ID);
      Set<String> seen = new HashSet<>(); // records mostly repeat the same names: skip lower-casing those
      for (CrmRecord r : batch.records()) {
        for (String field : r.fields().keySet()) {
          if (seen.add(field) && (!field.equalsIgnoreCase(ID) || idIsData)) {
            union.putIfAbsent(lower(field), field);
          }
        }
      }
    }
    List<String> names = new ArrayList<>(union.values());
    return new IngestColumns(names, namespace, keyColumns(batch, union));
  }

  /**
   * Update and delete rows are told apart by Id and upsert rows by the external id; insert rows
   * have nothing but their content, so the whole row is the key (empty list).
   */
  private static List<String> keyColumns(WriteBatch batch, Map<String, String> union) {
    return switch (batch.operation()) {
      case UPDATE, DELETE -> List.of(ID);
      case UPSERT -> union.containsKey(lower(batch.externalIdField()))
          ? List.of(union.get(lower(batch.externalIdField()))) : List.of();
      case INSERT -> List.of();
    };
  }

  /** Unqualified names, in column order. */
  List<String> names() {
    return names;
  }

  /** The header row as Salesforce must read it: names qualified with the namespace. */
  String[] wireHeader() {
    return wireNames.clone();
  }

  int size() {
    return names.size();
  }

  /** The column of a field name (any case), or -1. */
  int position(String field) {
    Integer p = exactPositions.get(field);
    if (p == null) {
      p = positions.get(lower(field));
    }
    return p == null ? -1 : p;
  }

  /** Qualified names of the key columns; empty when the whole row is the key. */
  String[] keyNames() {
    return keyNames.clone();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
