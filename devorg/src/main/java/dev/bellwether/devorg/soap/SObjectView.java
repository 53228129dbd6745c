package dev.bellwether.devorg.soap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as a partner response shows it (query rows, retrieve results, relationship
 * sub-objects, aggregate rows).
 *
 * @param id the value of the sObject's own Id element, null (written nil) when Id was not selected
 * @param fields the selected fields in select order; a value is a stored Java value, null,
 *     a nested {@link SObjectView} (parent relationship) or a {@link ChildRecords} (subquery)
 * @param typedValues true for AggregateResult rows, whose values carry xsi:type because the
 *     client has no describe to type them by
 */
record SObjectView(String type, String id, Map<String, Object> fields, boolean typedValues) {
  SObjectView {
    fields = new LinkedHashMap<>(fields);
  }

  /** The records of a child relationship subquery, written as a nested QueryResult. */
  record ChildRecords(List<SObjectView> records) {
    ChildRecords {
      records = List.copyOf(records);
    }
  }
}
